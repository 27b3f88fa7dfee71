import { useId, type ReactNode } from 'react';

export interface Choice {
  value: string;
  label: ReactNode;
}

interface ChoiceGroupProps {
  legend: string;
  hint?: string;
  error?: string;
  name: string;
  choices: readonly Choice[];
  value: string;
  onChange: (value: string) => void;
}

/**
 * Radio buttons in a fieldset: one tab stop, arrow keys move between the choices, and the
 * legend, hint and error are read with the group.
 */
export function ChoiceGroup({ legend, hint, error, name, choices, value, onChange }: ChoiceGroupProps) {
  const id = useId();
  const describedBy = [hint && `${id}-hint`, error && `${id}-error`].filter(Boolean).join(' ') || undefined;
  return (
    <fieldset
      className={error ? 'field field--error choice-group' : 'field choice-group'}
      aria-describedby={describedBy}
    >
      <legend className="field__label">{legend}</legend>
      {hint && (
        <p className="field__hint" id={`${id}-hint`}>
          {hint}
        </p>
      )}
      {error && (
        <p className="field__error" id={`${id}-error`}>
          {error}
        </p>
      )}
      <div className="choice-group__choices">
        {choices.map((choice) => (
          <label key={choice.value} className="choice">
            <input
              type="radio"
              name={name}
              value={choice.value}
              checked={value === choice.value}
              onChange={() => onChange(choice.value)}
            />
            <span>{choice.label}</span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}
