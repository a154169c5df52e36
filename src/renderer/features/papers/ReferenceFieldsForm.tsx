// Correcting what the parser read from a reference-list entry: authors, year, title, where it
// appeared, DOI. What the user sets wins over the parse and survives a re-parse.
import { useId, useState, type FormEvent } from 'react';
import type { CslItem } from '../../../core/bibliography/model';
import { cslFieldsOf, formOfCsl, type ReferenceForm } from './referenceFields';

interface Props {
  csl: CslItem | null;
  onSave: (fields: Record<string, unknown>) => Promise<void>;
  onCancel: () => void;
}

const FIELDS: { name: keyof ReferenceForm; label: string; hint?: string }[] = [
  { name: 'authors', label: 'Authors', hint: 'Family, Given; Family, Given' },
  { name: 'year', label: 'Year' },
  { name: 'title', label: 'Title' },
  { name: 'container', label: 'Journal or book' },
  { name: 'doi', label: 'DOI' },
];

export function ReferenceFieldsForm({ csl, onSave, onCancel }: Props) {
  const id = useId();
  const [form, setForm] = useState<ReferenceForm>(() => formOfCsl(csl));
  const [saving, setSaving] = useState(false);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setSaving(true);
    await onSave(cslFieldsOf(form));
    setSaving(false);
  };
  return (
    <form className="paper-ref__form" aria-label="Correct this entry" onSubmit={submit}>
      {FIELDS.map(({ name, label, hint }) => (
        <label key={name} className="field" htmlFor={`${id}-${name}`}>
          <span className="field__label">{label}</span>
          <input
            id={`${id}-${name}`}
            value={form[name]}
            placeholder={hint}
            onChange={(event) => setForm({ ...form, [name]: event.target.value })}
          />
        </label>
      ))}
      <p className="paper-ref__form-actions">
        <button type="submit" className="button button--small button--primary" disabled={saving}>
          Save correction
        </button>{' '}
        <button type="button" className="button button--small" onClick={onCancel}>
          Cancel
        </button>
      </p>
    </form>
  );
}
