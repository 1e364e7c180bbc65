import type { FormEvent, ReactNode } from 'react';

interface AddItemFormProps {
  /** Prefix for the ids that tie the label, error and hint to the input. */
  id: string;
  label: string;
  value: string;
  onChange: (value: string) => void;
  onAdd: () => void;
  /** Shown under the field and announced at once; the input is marked invalid while it is set. */
  error?: string;
  hint?: ReactNode;
  /** For addresses and patterns, which are not prose. */
  plain?: boolean;
}

/** A labelled text field with an Add button, as the options page's lists use to take a new entry. */
export function AddItemForm({ id, label, value, onChange, onAdd, error, hint, plain = false }: AddItemFormProps) {
  const describedBy = [error && `${id}-error`, hint && `${id}-hint`].filter(Boolean).join(' ') || undefined;
  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    onAdd();
  }
  return (
    <form className="add-form" onSubmit={handleSubmit} noValidate>
      <label htmlFor={`${id}-input`}>{label}</label>
      <div className="add-form__row">
        <input
          id={`${id}-input`}
          className="text-input"
          value={value}
          onChange={(event) => onChange(event.target.value)}
          aria-invalid={error ? true : undefined}
          aria-describedby={describedBy}
          spellCheck={plain ? false : undefined}
          autoComplete={plain ? 'off' : undefined}
        />
        <button type="submit" className="button button--primary">
          Add
        </button>
      </div>
      {error && (
        <p id={`${id}-error`} className="error" role="alert">
          {error}
        </p>
      )}
      {hint && (
        <p id={`${id}-hint`} className="hint">
          {hint}
        </p>
      )}
    </form>
  );
}
