import type { ComponentProps } from 'react';
import { FormField, type FieldTextProps } from './form-field';

type TextAreaFieldProps = FieldTextProps & Omit<ComponentProps<'textarea'>, 'id'>;

export function TextAreaField({ label, hint, error, className, ...textAreaProps }: TextAreaFieldProps) {
  return (
    <FormField label={label} hint={hint} error={error}>
      {(control) => (
        <textarea
          className={['field__input', className].filter(Boolean).join(' ')}
          rows={3}
          {...control}
          {...textAreaProps}
        />
      )}
    </FormField>
  );
}
