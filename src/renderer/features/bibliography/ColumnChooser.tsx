// "Columns": a menu of checkboxes choosing which columns the bibliography shows, with a way back
// to the default columns and widths. Escape or a click elsewhere closes it.
import { useEffect, useId, useRef, useState } from 'react';
import type { BibliographyLayout } from '../../../shared/contract';
import { COLUMNS, DEFAULT_LAYOUT, toggleColumn, type ColumnKey } from './columns';

interface Props {
  columns: readonly ColumnKey[];
  onChange: (change: Partial<BibliographyLayout>) => void;
}

export function ColumnChooser({ columns, onChange }: Props) {
  const [open, setOpen] = useState(false);
  const panelId = useId();
  const root = useRef<HTMLDivElement>(null);
  const button = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    if (!open) return;
    root.current?.querySelector<HTMLInputElement>('input')?.focus();
    const outside = (event: MouseEvent) => {
      if (!root.current?.contains(event.target as Node)) setOpen(false);
    };
    document.addEventListener('mousedown', outside);
    return () => document.removeEventListener('mousedown', outside);
  }, [open]);

  const close = () => {
    setOpen(false);
    button.current?.focus();
  };

  return (
    <div
      className="column-chooser"
      ref={root}
      onKeyDown={(event) => {
        if (event.key === 'Escape' && open) {
          event.stopPropagation();
          close();
        }
      }}
    >
      <button
        ref={button}
        type="button"
        className="button button--small"
        aria-expanded={open}
        aria-controls={panelId}
        onClick={() => setOpen((o) => !o)}
      >
        Columns
      </button>
      {open && (
        <div id={panelId} className="column-chooser__panel" role="group" aria-label="Columns shown">
          <ul className="column-chooser__list">
            {COLUMNS.map((col) => (
              <li key={col.key}>
                <label className="column-chooser__item">
                  <input
                    type="checkbox"
                    checked={columns.includes(col.key)}
                    disabled={col.key === 'title'}
                    onChange={() => onChange({ columns: toggleColumn(columns, col.key) })}
                  />
                  <span className="column-chooser__label">{col.label}</span>
                  <span className="column-chooser__hint">{col.description}</span>
                </label>
              </li>
            ))}
          </ul>
          <div className="column-chooser__bar">
            <button
              type="button"
              className="link"
              onClick={() => onChange({ columns: DEFAULT_LAYOUT.columns, widths: {} })}
            >
              Default columns and widths
            </button>
            <button type="button" className="button button--small" onClick={close}>
              Done
            </button>
          </div>
        </div>
      )}
    </div>
  );
}
