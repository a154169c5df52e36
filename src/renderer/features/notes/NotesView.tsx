// The notes view: every note, searchable, filtered by tag, work or claim and sorted (by the
// service, a page at a time), beside the editor.
import { memo, useMemo, useRef, useState } from 'react';
import type { NoteSort, NoteSummary } from '../../../shared/contract';
import { useNoteLinkTargets, useNoteOrder, type NoteListQuery } from '../../api/notes';
import { useNoteTags, useUserDataActions } from '../../api/userData';
import { useNavigation } from '../../app/navigation';
import { FilterField } from '../../ui/FilterField';
import { useStableHandler } from '../../ui/stableHandler';
import { ErrorNote, Loading } from '../../ui/Status';
import { NoteEditor } from './NoteEditor';
import { noteExcerpt } from './noteExcerpt';
import { NoteList, type RowProps } from './NoteList';

const SORTS: { value: NoteSort; label: string }[] = [
  { value: 'updated', label: 'Last edited' },
  { value: 'created', label: 'Created' },
  { value: 'title', label: 'Title' },
];

/**
 * A filter by linked work or claim. Its options are asked and rendered once the select is first
 * used (focused, pressed): 10,000 notes link ~18,000 works, and that many options cost seconds
 * each time the Notes view was shown.
 */
function LinkFilter({
  label,
  any,
  kind,
  value,
  onChange,
}: {
  label: string;
  any: string;
  kind: 'work' | 'claim';
  value: string;
  onChange: (value: string) => void;
}) {
  const [used, setUsed] = useState(false);
  const use = () => setUsed(true);
  const targets = useNoteLinkTargets(used || value ? kind : null);
  const shown = targets.status === 'ready' ? targets.data : [];
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

/** A row's date, as `toLocaleDateString()` writes it (one formatter, not one per row drawn). */
const dayFormat = new Intl.DateTimeFormat();

/** One note's row; rendered again only when its own props change (scrolling mounts new rows). */
const NoteRow = memo(function NoteRow({
  note,
  selected,
  onSelect,
  index,
  setSize,
  measure,
}: {
  note: NoteSummary | undefined;
  selected: boolean;
  onSelect: (id: string) => void;
} & RowProps) {
  const className = !note
    ? 'note-row note-row--pending'
    : selected
      ? 'note-row note-row--selected'
      : 'note-row';
  return (
    <li
      ref={measure}
      data-index={index}
      aria-posinset={index + 1}
      aria-setsize={setSize}
      aria-busy={note ? undefined : 'true'}
      className={className}
    >
      {note ? (
        <NoteRowButton note={note} selected={selected} onSelect={onSelect} />
      ) : (
        <span className="note-row__title muted">Loading…</span>
      )}
    </li>
  );
});

function NoteRowButton({
  note,
  selected,
  onSelect,
}: {
  note: NoteSummary;
  selected: boolean;
  onSelect: (id: string) => void;
}) {
  const excerpt = noteExcerpt(note, 110);
  const links = note.links.work + note.links.claim + note.links.passage;
  return (
    <button
      type="button"
      className="note-row__button"
      aria-current={selected ? 'true' : undefined}
      onClick={() => onSelect(note.id)}
    >
      <span className="note-row__title">{note.title || 'Untitled note'}</span>
      {excerpt && <span className="note-row__excerpt">{excerpt}</span>}
      <span className="note-row__meta">
        {dayFormat.format(new Date(note.updatedAt))}
        {links > 0 && ` · ${links} link${links === 1 ? '' : 's'}`}
        {note.tags.length > 0 && ` · ${note.tags.map((t) => `#${t}`).join(' ')}`}
      </span>
    </button>
  );
}

export function NotesView() {
  const nav = useNavigation();
  const { run } = useUserDataActions();
  const [text, setText] = useState('');
  const [tag, setTag] = useState('');
  const [workKey, setWorkKey] = useState('');
  const [claimId, setClaimId] = useState('');
  const [sort, setSort] = useState<NoteSort>('updated');
  const query = useMemo(
    (): NoteListQuery => ({
      ...(text.trim() ? { text: text.trim() } : {}),
      ...(tag ? { tag } : {}),
      ...(workKey ? { workKey } : {}),
      ...(claimId ? { claimId } : {}),
      ...(sort !== 'updated' ? { sort } : {}),
    }),
    [text, tag, workKey, claimId, sort],
  );
  const shown = useNoteOrder(query);
  const { matched, total } = shown.status === 'ready' ? shown.data.first : { matched: 0, total: 0 };
  const tags = useNoteTags();
  const filtered = Boolean(text.trim() || tag || workKey || claimId);
  // State, not a ref: the list's window is computed once the element it scrolls in is there.
  const [scroller, setScroller] = useState<HTMLElement | null>(null);
  // Stable, so that rows already shown are not rendered again as the list scrolls.
  const selectNote = useStableHandler((id: string) => nav.selectNote(id));
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
      <section className="notes__list" aria-labelledby="notes-title" ref={setScroller}>
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
            kind="work"
            value={workKey}
            onChange={setWorkKey}
          />
          <LinkFilter
            label="Claim"
            any="Any claim"
            kind="claim"
            value={claimId}
            onChange={setClaimId}
          />
          <label className="field">
            <span className="field__label">Sort</span>
            <select value={sort} onChange={(e) => setSort(e.target.value as NoteSort)}>
              {SORTS.map((s) => (
                <option key={s.value} value={s.value}>
                  {s.label}
                </option>
              ))}
            </select>
          </label>
        </div>
        {shown.status === 'error' ? (
          <ErrorNote error={shown.error} what="your notes" />
        ) : shown.status === 'loading' ? (
          <Loading what="your notes" />
        ) : (
          <>
            <p className="muted" role="status">
              {filtered
                ? `${matched.toLocaleString()} of ${total.toLocaleString()} notes`
                : `${matched.toLocaleString()} note${matched === 1 ? '' : 's'}`}
            </p>
            {matched === 0 ? (
              <p className="muted empty">
                {filtered
                  ? 'No note matches these filters.'
                  : 'No notes yet. Select text in the reader and choose “Note on selection”, or use “New note” on a citation card, a work or a claim.'}
              </p>
            ) : (
              <NoteList
                order={shown.data}
                selectedId={nav.selectedNoteId}
                scroller={scroller}
                renderRow={(note, position) => (
                  <NoteRow
                    key={note?.id ?? `pending-${position.index}`}
                    note={note}
                    selected={note !== undefined && note.id === nav.selectedNoteId}
                    onSelect={selectNote}
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
