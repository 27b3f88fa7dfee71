import type { ComponentProps } from 'react';
import { FormField, type FieldTextProps } from './form-field';

type TextFieldProps = FieldTextProps & Omit<ComponentProps<'input'>, 'id'>;

export function TextField({ label, hint, error, className, ...inputProps }: TextFieldProps) {
  return (
    <FormField label={label} hint={hint} error={error}>
      {(control) => (
        <input className={['field__input', className].filter(Boolean).join(' ')} {...control} {...inputProps} />
      )}
    </FormField>
  );
}
