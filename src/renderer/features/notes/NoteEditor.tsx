// One note, editable: title, tags, links, Markdown body with a live preview; saved as you type;
// deleted with an Undo.
import { useId, useMemo, useState } from 'react';
import type { Note, NoteDetail, NoteLink } from '../../../shared/contract';
import { useWorkSummaries } from '../../api/queries';
import { useNoteDetail, useUserDataActions } from '../../api/userData';
import { useNavigation } from '../../app/navigation';
import { ErrorNote, Loading } from '../../ui/Status';
import { WorkPicker } from '../search/WorkPicker';
import { citedKeys } from './markdown';
import { MarkdownPreview } from './MarkdownPreview';
import { NoteLinkChips } from './NoteLinkChips';
import { useAutosave, type SaveState } from './useAutosave';
import { ExportButton } from '../export/ExportButtons';

const parseTags = (text: string) =>
  text
    .split(',')
    .map((t) => t.trim())
    .filter(Boolean);

function SaveStatus({ state, deleting }: { state: SaveState; deleting: boolean }) {
  if (deleting) {
    return (
      <p className="save-status save-status--deleting" role="status">
        Deleting…
      </p>
    );
  }
  const text =
    state.kind === 'saved'
      ? 'Saved'
      : state.kind === 'failed'
        ? `Not saved: ${state.message}`
        : 'Saving…';
  return (
    <p className={`save-status save-status--${state.kind}`} role="status">
      {text}
    </p>
  );
}

interface Props {
  noteId: string;
  /** After the note was deleted (it can be restored from the toast). */
  onDeleted: () => void;
  /** After "Undo" put the note back. */
  onRestored: (noteId: string) => void;
  /** Called before a link chip navigates elsewhere. */
  onNavigate?: () => void;
  autoFocus?: 'title' | 'body';
}

function Editor({ detail, ...props }: Props & { detail: NoteDetail }) {
  const { note } = detail;
  const id = useId();
  const nav = useNavigation();
  const { run, toasts } = useUserDataActions();
  const [title, setTitle] = useState(note.title);
  const [body, setBody] = useState(note.body);
  const [tagText, setTagText] = useState(note.tags.join(', '));
  const save = useAutosave(note.id);
  // From "Delete note" until the editor closes (the delete, then the lists reloading), the note
  // is on its way out: it must not read "Saved" nor take edits that would be lost.
  const [deleting, setDeleting] = useState(false);
  // Only the works the preview cites are fetched, never the whole library.
  const cited = useMemo(() => citedKeys(body), [body]);
  const works = useWorkSummaries(cited);

  const edit = (next: { title?: string; body?: string; tagText?: string }) => {
    const fields = {
      title: next.title ?? title,
      body: next.body ?? body,
      tags: parseTags(next.tagText ?? tagText),
    };
    if (next.title !== undefined) setTitle(next.title);
    if (next.body !== undefined) setBody(next.body);
    if (next.tagText !== undefined) setTagText(next.tagText);
    save.change(fields);
  };

  const removeLink = async (link: NoteLink) => {
    await save.flush();
    const input =
      link.kind === 'work'
        ? { kind: 'work' as const, workKey: link.workKey }
        : link.kind === 'claim'
          ? { kind: 'claim' as const, claimId: link.claimId, documentId: link.documentId }
          : { kind: 'passage' as const, documentId: link.documentId, selector: link.selector };
    await run((api) => api.removeNoteLinks({ id: note.id, links: [input] }), ['notes']);
  };

  const addWork = async (workKey: string) => {
    await save.flush();
    await run(
      (api) => api.addNoteLinks({ id: note.id, links: [{ kind: 'work', workKey }] }),
      ['notes'],
    );
  };

  const remove = async () => {
    await save.flush();
    setDeleting(true);
    const deleted: Note | undefined = await run(
      (api) => api.deleteNote({ id: note.id }),
      ['notes'],
    );
    if (!deleted) {
      setDeleting(false); // the toast said why; the note is still there
      return;
    }
    props.onDeleted();
    toasts.show(`Note “${deleted.title || 'Untitled note'}” deleted.`, {
      action: {
        label: 'Undo',
        run: () =>
          void run((api) => api.restoreNote({ id: deleted.id }), ['notes']).then(
            (restored) => restored && props.onRestored(restored.id),
          ),
      },
    });
  };

  const linked = new Set(note.links.flatMap((l) => (l.kind === 'work' ? [l.workKey] : [])));
  return (
    <div className="note-editor">
      <div className="note-editor__head">
        <label className="visually-hidden" htmlFor={`${id}-title`}>
          Title
        </label>
        <input
          id={`${id}-title`}
          className="note-editor__title"
          value={title}
          placeholder="Untitled note"
          maxLength={500}
          readOnly={deleting}
          autoFocus={props.autoFocus === 'title'}
          data-autofocus={props.autoFocus === 'title' ? true : undefined}
          onChange={(e) => edit({ title: e.target.value })}
        />
        <SaveStatus state={save.state} deleting={deleting} />
      </div>
      <label className="field note-editor__tags">
        <span className="field__label">Tags, separated by commas</span>
        <input
          className="filter__input"
          value={tagText}
          placeholder="e.g. conditionality, RCPs"
          onChange={(e) => edit({ tagText: e.target.value })}
        />
      </label>
      <section className="note-editor__links" aria-label="Linked to">
        <h3 className="pane__label">Linked to</h3>
        <NoteLinkChips links={detail.links} onRemove={removeLink} onNavigate={props.onNavigate} />
        <WorkPicker
          className="note-editor__add-work"
          label="Link a work"
          placeholder="Link a work: type an author, title or key…"
          exclude={linked}
          onPick={(key) => void addWork(key)}
        />
      </section>
      <div className="note-editor__body">
        <label className="note-editor__write">
          <span className="pane__label">Markdown</span>
          <textarea
            className="note-editor__text"
            value={body}
            readOnly={deleting}
            autoFocus={props.autoFocus === 'body'}
            placeholder="Write here. Cite a work with [@key], e.g. [@betts2011c, p. 41]."
            onChange={(e) => edit({ body: e.target.value })}
            onBlur={() => void save.flush()}
          />
        </label>
        <section className="note-editor__preview" aria-label="Preview">
          <span className="pane__label" aria-hidden="true">
            Preview
          </span>
          {body.trim() ? (
            <MarkdownPreview
              markdown={body}
              labelOf={(key) => works.get(key)?.label ?? null}
              onCite={(key) => {
                props.onNavigate?.();
                nav.openWork(key);
              }}
            />
          ) : (
            <p className="muted">Nothing written yet.</p>
          )}
        </section>
      </div>
      <div className="note-editor__foot">
        <p className="muted">
          Created {new Date(note.createdAt).toLocaleString()} · changed{' '}
          {new Date(note.updatedAt).toLocaleString()}
        </p>
        <ExportButton
          target={{ kind: 'note', noteId: note.id }}
          what="The works of this note"
          label="Export works…"
        />
        <button
          type="button"
          className="button button--small button--danger"
          disabled={deleting}
          onClick={() => void remove()}
        >
          Delete note
        </button>
      </div>
    </div>
  );
}

/** The editor of one note, once it has loaded. Key it by note id. */
export function NoteEditor(props: Props) {
  const detail = useNoteDetail(props.noteId);
  if (detail.status === 'error') return <ErrorNote error={detail.error} what="the note" />;
  if (detail.status === 'loading') return <Loading what="the note" />;
  return <Editor {...props} detail={detail.data} />;
}
