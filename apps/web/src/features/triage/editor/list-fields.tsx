import { useId } from 'react';
import { FormField } from '../../../ui/form-field';

/** A list of short texts edited as lines in a text area (one item per line). */
export function LinesField({
  label,
  hint,
  value,
  onChange,
}: {
  label: string;
  hint?: string;
  value: readonly string[] | undefined;
  onChange: (lines: string[] | undefined) => void;
}) {
  return (
    <FormField label={label} hint={hint}>
      {(control) => (
        <textarea
          className="field__input"
          rows={Math.max(2, (value?.length ?? 0) + 1)}
          {...control}
          value={(value ?? []).join('\n')}
          onChange={(event) => {
            const lines = event.target.value.split('\n');
            onChange(lines.length === 1 && lines[0] === '' ? undefined : lines);
          }}
        />
      )}
    </FormField>
  );
}

/** Pick any of a fixed set (legal notes, referral targets, guides). */
export function CheckboxGroup<T extends string>({
  legend,
  options,
  value,
  onChange,
}: {
  legend: string;
  options: readonly { value: T; label: string }[];
  value: readonly T[] | undefined;
  onChange: (chosen: T[] | undefined) => void;
}) {
  const id = useId();
  const chosen = new Set(value ?? []);
  return (
    <fieldset className="checkbox-group">
      <legend className="field__label">{legend}</legend>
      {options.map((option) => (
        <label key={option.value} className="checkbox" htmlFor={`${id}-${option.value}`}>
          <input
            id={`${id}-${option.value}`}
            type="checkbox"
            checked={chosen.has(option.value)}
            onChange={(event) => {
              const next = options
                .map((o) => o.value)
                .filter((v) => (v === option.value ? event.target.checked : chosen.has(v)));
              onChange(next.length > 0 ? next : undefined);
            }}
          />{' '}
          {option.label}
        </label>
      ))}
    </fieldset>
  );
}
