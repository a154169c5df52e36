// A work's files in its detail pane: each with its kind, size, and whether it is a copy in the
// library or a link to a file elsewhere (and whether that file is still there); open, read as a
// paper, remove with undo; attach a copy or link a file. Dropping files on the pane attaches too.
import { useId } from 'react';
import type { AttachmentView } from '../../../shared/contract';
import { formatFileSize } from '../../../core/works/attachmentKinds';
import { useAttachments } from '../../api/attachments';
import { ErrorNote } from '../../ui/Status';
import type { AttachmentActions } from './useAttachmentActions';

function where(a: AttachmentView): string {
  if (a.fromPaper) return 'paper in your library';
  return a.mode === 'link' ? 'linked' : 'copy in the library';
}

function AttachmentRow({ a, actions }: { a: AttachmentView; actions: AttachmentActions }) {
  // A file that is gone can only be removed (or linked again).
  const readable = !a.missing && (a.documentId || a.canRead);
  return (
    <li className={`work-file${a.missing ? ' work-file--missing' : ''}`}>
      <span className="work-file__kind">{a.kind}</span>
      <div className="work-file__about">
        <span className="work-file__name">{a.name}</span>
        <span className="work-file__meta">
          {formatFileSize(a.bytes)} · {where(a)}
          {a.paperTitle && !a.fromPaper ? ' · read as a paper' : ''}
        </span>
        {a.mode === 'link' && (
          <span className="work-file__path" title={a.path}>
            {a.path}
          </span>
        )}
        {a.missing && (
          <span className="work-file__missing" role="note">
            {a.mode === 'link'
              ? 'Not found: the file was moved or deleted. Remove the link, or link it again.'
              : 'The copy is missing from the library folder: attach the file again.'}
          </span>
        )}
      </div>
      <span className="work-file__actions">
        {a.canOpen && !a.missing && (
          <button
            type="button"
            className="button button--small"
            aria-label={`Open ${a.name}`}
            onClick={() => void actions.open(a)}
          >
            Open
          </button>
        )}
        {readable && (
          <button
            type="button"
            className="button button--small"
            aria-label={`Read in Scholion: ${a.name}`}
            title={
              a.documentId
                ? `Open “${a.paperTitle ?? a.name}” in the reader`
                : 'Add it to your papers and open it in the reader, with its citations'
            }
            onClick={() => void actions.read(a)}
          >
            Read in Scholion
          </button>
        )}
        {!a.fromPaper && (
          <button
            type="button"
            className="button button--small button--danger-quiet"
            aria-label={`Remove ${a.name}`}
            onClick={() => void actions.remove(a)}
          >
            Remove
          </button>
        )}
      </span>
    </li>
  );
}

export function WorkAttachments({
  workKey,
  actions,
  dropping,
}: {
  workKey: string;
  actions: AttachmentActions;
  /** Files are being dragged over the pane. */
  dropping: boolean;
}) {
  const files = useAttachments(workKey);
  const titleId = useId();
  return (
    <section
      className={`work-files${dropping ? ' work-files--dropping' : ''}`}
      aria-labelledby={titleId}
    >
      <div className="work-files__bar">
        <h3 id={titleId} className="pane__label">
          Files
        </h3>
        <button
          type="button"
          className="button button--small"
          title="Choose a file; a copy is kept in the library folder"
          onClick={() => void actions.choose('copy')}
        >
          Attach file…
        </button>
        <button
          type="button"
          className="button button--small"
          title="Choose a file to link where it is (it is not copied; moving it breaks the link)"
          onClick={() => void actions.choose('link')}
        >
          Link file…
        </button>
      </div>
      {files.status === 'error' ? (
        <ErrorNote error={files.error} what="the work’s files" />
      ) : files.status === 'loading' ? (
        <p className="muted">Loading files…</p>
      ) : files.data.length === 0 ? (
        <p className="muted work-files__empty">
          No files. Attach a PDF, EPUB or any file, or drop it on this pane.
        </p>
      ) : (
        <ul className="work-files__list" aria-label="Files of this work">
          {files.data.map((a) => (
            <AttachmentRow key={a.id} a={a} actions={actions} />
          ))}
        </ul>
      )}
      {dropping && (
        <p className="work-files__drop" aria-hidden="true">
          Drop to attach to this work (a copy is kept in the library)
        </p>
      )}
    </section>
  );
}
