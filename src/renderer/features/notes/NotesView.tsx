// The notes view: every note, searchable and filtered by tag, work or claim, beside the editor.
import { useCallback, useMemo, useRef, useState } from 'react';
import type { Note } from '../../../shared/contract';
import { excerptAround } from '../../api/paperIndex';
import { useNotes, useNoteTags, useUserDataActions } from '../../api/userData';
import { useNavigation } from '../../app/navigation';
import { plainText } from './markdown';
import { FilterField } from '../../ui/FilterField';
import { ErrorNote, Loading } from '../../ui/Status';
import { NoteEditor } from './NoteEditor';
import { NoteList, type RowProps } from './NoteList';

interface Option {
  value: string;
  label: string;
}

/** The works and claims that notes link, as filter options (labelled by their placeholders). */
function linkOptions(notes: readonly Note[], kind: 'work' | 'claim'): Option[] {
  const byValue = new Map<string, string>();
  for (const note of notes) {
    for (const link of note.links) {
      if (link.kind === 'work' && kind === 'work') byValue.set(link.workKey, link.placeholder);
      if (link.kind === 'claim' && kind === 'claim') byValue.set(link.claimId, link.placeholder);
    }
  }
  return [...byValue]
    .map(([value, label]) => ({ value, label }))
    .sort((a, b) => a.label.localeCompare(b.label));
}

/**
 * A filter by linked work or claim. Its options are made and rendered once the select is first
 * used (focused, pressed): 10,000 notes link ~18,000 works, and that many options cost seconds
 * each time the Notes view was shown.
 */
function LinkFilter({
  label,
  any,
  value,
  onChange,
  options,
}: {
  label: string;
  any: string;
  value: string;
  onChange: (value: string) => void;
  options: () => Option[];
}) {
  const [used, setUsed] = useState(false);
  const use = () => setUsed(true);
  const shown = useMemo(() => (used || value ? options() : []), [used, value, options]);
  return (
    <label className="field">
      <span className="field__label">{label}</span>
      <select
        value={value}
        onChange={(e) => onChange(e.target.value)}
        onFocus={use}
        onPointerDown={use}
        onMouseDown={use}
      >
        <option value="">{any}</option>
        {shown.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </label>
  );
}

function NoteRow({
  note,
  selected,
  onSelect,
  index,
  setSize,
  measure,
}: {
  note: Note;
  selected: boolean;
  onSelect: () => void;
} & RowProps) {
  const body = plainText(note.body);
  return (
    <li
      ref={measure}
      data-index={index}
      aria-posinset={index + 1}
      aria-setsize={setSize}
      className={selected ? 'note-row note-row--selected' : 'note-row'}
    >
      <button
        type="button"
        className="note-row__button"
        aria-current={selected ? 'true' : undefined}
        onClick={onSelect}
      >
        <span className="note-row__title">{note.title || 'Untitled note'}</span>
        {body && <span className="note-row__excerpt">{excerptAround(body, 0, 0, 110)}</span>}
        <span className="note-row__meta">
          {new Date(note.updatedAt).toLocaleDateString()}
          {note.links.length > 0 &&
            ` · ${note.links.length} link${note.links.length === 1 ? '' : 's'}`}
          {note.tags.length > 0 && ` · ${note.tags.map((t) => `#${t}`).join(' ')}`}
        </span>
      </button>
    </li>
  );
}

export function NotesView() {
  const nav = useNavigation();
  const { run } = useUserDataActions();
  const [text, setText] = useState('');
  const [tag, setTag] = useState('');
  const [workKey, setWorkKey] = useState('');
  const [claimId, setClaimId] = useState('');
  const query = useMemo(
    () => ({
      ...(text.trim() ? { text: text.trim() } : {}),
      ...(tag ? { tag } : {}),
      ...(workKey ? { workKey } : {}),
      ...(claimId ? { claimId } : {}),
    }),
    [text, tag, workKey, claimId],
  );
  const shown = useNotes(query);
  const all = useNotes({});
  const tags = useNoteTags();
  const allNotes = useMemo(() => (all.status === 'ready' ? all.data : []), [all]);
  const workOptions = useCallback(() => linkOptions(allNotes, 'work'), [allNotes]);
  const claimOptions = useCallback(() => linkOptions(allNotes, 'claim'), [allNotes]);
  const filtered = Object.keys(query).length > 0;
  const scroller = useRef<HTMLElement>(null);
  // The note just made with "New note": its editor takes focus on its title, so what the user
  // types next names the note (and a space does not press "New note" again).
  const [created, setCreated] = useState<string | null>(null);
  const creating = useRef(false);

  const create = async () => {
    if (creating.current) return; // one note per press, however fast the keys repeat
    creating.current = true;
    try {
      const note = await run((api) => api.createNote({ title: '' }), ['notes']);
      if (!note) return;
      setCreated(note.id);
      nav.selectNote(note.id);
    } finally {
      creating.current = false;
    }
  };

  return (
    <div className="notes">
      <section className="notes__list" aria-labelledby="notes-title" ref={scroller}>
        <header className="view-header">
          <h1 id="notes-title" className="view-title" tabIndex={-1}>
            Notes
          </h1>
          <button type="button" className="button" onClick={() => void create()}>
            New note
          </button>
        </header>
        <FilterField
          label="Search notes"
          placeholder="Search titles, text and tags…"
          value={text}
          onChange={setText}
        />
        <div className="filters" role="group" aria-label="Filter notes">
          <label className="field">
            <span className="field__label">Tag</span>
            <select value={tag} onChange={(e) => setTag(e.target.value)}>
              <option value="">Any tag</option>
              {tags.status === 'ready' &&
                tags.data.map((t) => (
                  <option key={t.tag} value={t.tag}>
                    {t.tag} ({t.count})
                  </option>
                ))}
            </select>
          </label>
          <LinkFilter
            label="Work"
            any="Any work"
            value={workKey}
            onChange={setWorkKey}
            options={workOptions}
          />
          <LinkFilter
            label="Claim"
            any="Any claim"
            value={claimId}
            onChange={setClaimId}
            options={claimOptions}
          />
        </div>
        {shown.status === 'error' ? (
          <ErrorNote error={shown.error} what="your notes" />
        ) : shown.status === 'loading' ? (
          <Loading what="your notes" />
        ) : (
          <>
            <p className="muted" role="status">
              {filtered
                ? `${shown.data.length} of ${allNotes.length} notes`
                : `${shown.data.length} note${shown.data.length === 1 ? '' : 's'}`}
            </p>
            {shown.data.length === 0 ? (
              <p className="muted empty">
                {filtered
                  ? 'No note matches these filters.'
                  : 'No notes yet. Select text in the reader and choose “Note on selection”, or use “New note” on a citation card, a work or a claim.'}
              </p>
            ) : (
              <NoteList
                notes={shown.data}
                selectedId={nav.selectedNoteId}
                scroller={scroller}
                renderRow={(note, position) => (
                  <NoteRow
                    key={note.id}
                    note={note}
                    selected={note.id === nav.selectedNoteId}
                    onSelect={() => nav.selectNote(note.id)}
                    {...position}
                  />
                )}
              />
            )}
          </>
        )}
      </section>
      <section className="notes__editor pane" aria-label="Selected note">
        {nav.selectedNoteId ? (
          <NoteEditor
            key={nav.selectedNoteId}
            noteId={nav.selectedNoteId}
            onDeleted={() => nav.selectNote(null)}
            onRestored={(id) => nav.selectNote(id)}
            autoFocus={nav.selectedNoteId === created ? 'title' : undefined}
          />
        ) : (
          <p className="muted empty">Choose a note to read and edit it.</p>
        )}
      </section>
    </div>
  );
}
