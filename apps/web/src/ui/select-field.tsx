import type { ComponentProps } from 'react';
import { FormField, type FieldTextProps } from './form-field';

export interface SelectOption {
  value: string;
  label: string;
}

type SelectFieldProps = FieldTextProps &
  Omit<ComponentProps<'select'>, 'id' | 'children'> & { options: readonly SelectOption[] };

export function SelectField({ label, hint, error, options, ...selectProps }: SelectFieldProps) {
  return (
    <FormField label={label} hint={hint} error={error}>
      {(control) => (
        <select className="field__select" {...control} {...selectProps}>
          {options.map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))}
        </select>
      )}
    </FormField>
  );
}
