// The field rows of a record being written, shared by the work editor and New work: the type
// (with its BibTeX / BibLaTeX names), every field the type uses, and the fields kept from
// another type. A new kind of row is added here, once, for both.
import type { ReactNode } from 'react';
import type { WorkFieldInfo, WorkTypeInfo } from '../../../../shared/contract';
import type { EditorState } from './editorState';
import { EditorField } from './EditorField';

/** Which fields show where: the type's own, others that hold a value, others added empty. */
export function fieldGroups(
  state: EditorState,
  type: WorkTypeInfo | undefined,
): { used: ReadonlySet<string>; kept: string[]; added: string[] } {
  const used = new Set(type?.fields ?? []);
  const others = [...new Set([...Object.keys(state.texts), ...Object.keys(state.names)])].filter(
    (f) => !used.has(f),
  );
  const hasValue = (f: string) =>
    (state.texts[f]?.trim() ?? '') !== '' || (state.names[f]?.length ?? 0) > 0;
  return { used, kept: others.filter(hasValue), added: others.filter((f) => !hasValue(f)) };
}

interface Props {
  types: readonly WorkTypeInfo[];
  fields: readonly WorkFieldInfo[];
  state: EditorState;
  onChange: (next: EditorState) => void;
  problems: Record<string, string>;
  notes: Record<string, string>;
  /** A mark beside a label (who edited it), by CSL field name or 'type'. */
  badge?: (field: string) => ReactNode;
  /** Shows fields the type does not use that were added empty (the editor's "Add a field"). */
  showAdded?: boolean;
  /** The type box takes the focus when its dialog opens. */
  autoFocusType?: boolean;
}

export function WorkFieldRows({
  types,
  fields,
  state,
  onChange,
  problems,
  notes,
  badge,
  showAdded = false,
  autoFocusType = false,
}: Props) {
  const byCsl = new Map(fields.map((f) => [f.csl, f]));
  const type = types.find((t) => t.csl === state.type);
  const { kept, added } = fieldGroups(state, type);
  const row = (csl: string) => {
    const info = byCsl.get(csl);
    if (!info) return null;
    return (
      <EditorField
        key={csl}
        info={info}
        state={state}
        problem={problems[csl]}
        note={notes[csl]}
        badge={badge?.(csl)}
        onChange={onChange}
      />
    );
  };

  return (
    <>
      <label className="editor-field">
        <span className="editor-field__label">
          Type {badge?.('type')}
          {type && (
            <span className="editor-field__bib">
              BibTeX @{type.bibtex} · BibLaTeX @{type.biblatex}
            </span>
          )}
        </span>
        <select
          className="input"
          value={state.type}
          data-autofocus={autoFocusType || undefined}
          onChange={(event) => onChange({ ...state, type: event.target.value })}
        >
          {/* A type the table does not list (from an import) stays as it is until changed. */}
          {!type && <option value={state.type}>{state.type}</option>}
          {types.map((t) => (
            <option key={t.csl} value={t.csl}>
              {t.label}
            </option>
          ))}
        </select>
      </label>

      {(type?.fields ?? []).map(row)}
      {showAdded && added.map(row)}

      {kept.length > 0 && (
        <div className="work-editor__kept" role="group" aria-label="Fields kept from another type">
          <p className="work-editor__kept-note">
            Kept: a {type?.label.toLowerCase() ?? state.type} does not use these fields. They stay
            on the record (and in exports that take them).
          </p>
          {kept.map(row)}
        </div>
      )}
    </>
  );
}
