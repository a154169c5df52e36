// One field of the work editor: its label, its BibTeX / BibLaTeX names, the box, and what the
// typed value means or why it cannot be kept (a date, a DOI, an ISBN).
import { useId, type ReactNode } from 'react';
import type { WorkFieldInfo } from '../../../../shared/contract';

const HINTS: Partial<Record<string, string>> = {
  date: '2011, 2011-05-03, 2011/2012, n.d. or in press',
};

export function FieldRow({
  info,
  text,
  problem,
  note,
  badge,
  onChange,
}: {
  info: WorkFieldInfo;
  text: string;
  problem?: string;
  note?: string;
  badge?: ReactNode;
  onChange: (text: string) => void;
}) {
  const id = useId();
  const bib =
    info.bibtex === info.biblatex
      ? info.bibtex && `BibTeX/BibLaTeX ${info.bibtex}`
      : [info.bibtex && `BibTeX ${info.bibtex}`, info.biblatex && `BibLaTeX ${info.biblatex}`]
          .filter(Boolean)
          .join(' · ');
  const describedBy = problem || note || HINTS[info.kind] ? `${id}-help` : undefined;
  const common = {
    id,
    className: 'input editor-field__input',
    value: text,
    'aria-invalid': problem ? true : undefined,
    'aria-describedby': describedBy,
    onChange: (event: { target: { value: string } }) => onChange(event.target.value),
  };
  return (
    <div className="editor-field">
      <label className="editor-field__label" htmlFor={id}>
        {info.label} {badge}
        <span className="editor-field__bib">
          CSL {info.csl}
          {bib ? ` · ${bib}` : ''}
        </span>
      </label>
      {info.kind === 'long-text' ? <textarea rows={4} {...common} /> : <input {...common} />}
      {describedBy && (
        <p id={`${id}-help`} className={problem ? 'editor-field__problem' : 'editor-field__hint'}>
          {problem ?? note ?? HINTS[info.kind]}
        </p>
      )}
    </div>
  );
}
