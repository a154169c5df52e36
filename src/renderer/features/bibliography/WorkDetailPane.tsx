// One work in full: references in two styles, BibTeX, confidence, and the claims citing it;
// its tags and files (drop files on the pane to attach them), the editor of its record, its
// history, deleting it.
import { useState } from 'react';
import type { StyleId, WorkDetail } from '../../../shared/contract';
import { useBibtex, useReference, useWork } from '../../api/queries';
import { useNavigation } from '../../app/navigation';
import { ConfidenceBadge, explainConfidence } from '../../ui/ConfidenceBadge';
import { RichText, SafeHtml } from '../../ui/safeHtml';
import { WorkUserData } from './WorkUserData';
import { WorkCitingPapers } from './WorkCitingPapers';
import { ErrorNote, Loading } from '../../ui/Status';
import { CopyCitationButton, ExportButton } from '../export/ExportButtons';
import { describeProvenance } from '../import/provenance';
import { WorkEditor } from '../works/editor/WorkEditor';
import { RenameKeyDialog } from '../works/RenameKeyDialog';
import { useDeleteWorksFlow } from '../works/useDeleteWorksFlow';
import { WorkHistory } from '../works/WorkHistory';
import { WorkTags } from '../works/WorkTags';
import { WorkAttachments } from '../works/WorkAttachments';
import { useAttachmentActions } from '../works/useAttachmentActions';
import { usePaneFileDrop } from '../works/usePaneFileDrop';

function FormattedReference({
  workId,
  style,
  label,
}: {
  workId: string;
  style: StyleId;
  label: string;
}) {
  const reference = useReference(workId, style, 'html');
  return (
    <div className="reference">
      <h3 className="pane__label">{label}</h3>
      {reference.status === 'ready' ? (
        <p className="reference__text">
          <SafeHtml html={reference.data} />
        </p>
      ) : reference.status === 'error' ? (
        <ErrorNote error={reference.error} what={`the ${label} reference`} />
      ) : (
        <p className="muted">Formatting…</p>
      )}
    </div>
  );
}

function Bibtex({ workId }: { workId: string }) {
  const bibtex = useBibtex(workId);
  const [copied, setCopied] = useState<'idle' | 'done' | 'failed'>('idle');
  if (bibtex.status === 'error') return <ErrorNote error={bibtex.error} what="the BibTeX entry" />;
  if (bibtex.status === 'loading') return <p className="muted">Writing BibTeX…</p>;
  const copy = () =>
    navigator.clipboard?.writeText(bibtex.data).then(
      () => setCopied('done'),
      () => setCopied('failed'),
    ) ?? setCopied('failed');
  return (
    <div className="bibtex">
      <div className="bibtex__bar">
        <h3 className="pane__label">BibTeX</h3>
        <button type="button" className="button button--small" onClick={copy}>
          Copy BibTeX
        </button>
        <span role="status" className="muted">
          {copied === 'done'
            ? 'Copied.'
            : copied === 'failed'
              ? 'Could not copy: select the text and copy it.'
              : ''}
        </span>
      </div>
      <pre className="bibtex__code" tabIndex={0} aria-label="BibTeX entry">
        <code>{bibtex.data.trim()}</code>
      </pre>
    </div>
  );
}

export function WorkDetailPane({ workId }: { workId: string }) {
  const detail = useWork(workId);
  const attachments = useAttachmentActions(workId);
  const drop = usePaneFileDrop((files) => void attachments.drop(files));
  // While an edit reloads the work, the pane keeps showing it (the editor keeps its place).
  const [last, setLast] = useState<WorkDetail | null>(null);
  if (detail.status === 'ready' && detail.data !== last) setLast(detail.data);
  const [editing, setEditing] = useState(false);
  const [renaming, setRenaming] = useState(false);
  const nav = useNavigation();
  const { request: requestDelete, dialog: deleteDialog } = useDeleteWorksFlow(() =>
    nav.selectWork(null),
  );
  if (detail.status === 'error') return <ErrorNote error={detail.error} what="this work" />;
  const data = detail.status === 'ready' ? detail.data : last;
  if (!data) return <Loading what="the work" />;
  const { work, ...summary } = data;
  const stored = summary.provenance !== 'bundled';

  return (
    <article
      className={`work-detail${drop.over ? ' work-detail--dropping' : ''}`}
      aria-labelledby="work-detail-title"
      {...drop.props}
    >
      <header className="work-detail__header">
        <p className="work-detail__label">{summary.label}</p>
        <h2 id="work-detail-title" className="work-detail__title" tabIndex={-1}>
          {summary.title ? <RichText text={summary.title} /> : 'Untitled work'}
        </h2>
        <p className="muted">
          {summary.authorsShort}
          {summary.year ? `, ${summary.year}` : ''} · {summary.type.replace(/-/g, ' ')} · key{' '}
          <code>{summary.key}</code>{' '}
          <button type="button" className="link" onClick={() => setRenaming(true)}>
            Change key…
          </button>
        </p>
        <p className="work-detail__actions">
          <button
            type="button"
            className="button button--small"
            aria-expanded={editing}
            onClick={() => setEditing((e) => !e)}
          >
            {editing ? 'Close the editor' : 'Edit record'}
          </button>{' '}
          <CopyCitationButton cites={[{ key: summary.key }]} what={summary.label} />{' '}
          <ExportButton target={{ kind: 'work', key: summary.key }} what={summary.label} />{' '}
          {stored && (
            <button
              type="button"
              className="button button--small button--danger-quiet"
              onClick={() => void requestDelete([summary.key])}
            >
              Delete…
            </button>
          )}
        </p>
        <WorkTags workKey={summary.key} tags={summary.tags} />
        <WorkAttachments workKey={summary.key} actions={attachments} dropping={drop.over} />
      </header>
      {editing && <WorkEditor workKey={summary.key} onClose={() => setEditing(false)} />}
      {renaming && <RenameKeyDialog workKey={summary.key} onClose={() => setRenaming(false)} />}
      {deleteDialog}

      <section className="confidence" aria-label="How sure we are of this record">
        <p>
          <ConfidenceBadge level={summary.confidence} />{' '}
          {work.confidence
            ? explainConfidence(work.confidence.level)
            : describeProvenance(work.provenance)}
        </p>
        {work.confidence?.remark && <p className="confidence__remark">{work.confidence.remark}</p>}
        {work.confidence?.source && (
          <p className="confidence__source">
            <span className="pane__label">Source</span> {work.confidence.source}
          </p>
        )}
        <EditedFields work={work} />
        {(work.citedAs.length > 0 || work.aliases.length > 0) && (
          <p className="muted">
            {work.citedAs.length > 0 && (
              <>Cited as {work.citedAs.map((c) => `“${c}”`).join(', ')}. </>
            )}
            {work.aliases.length > 0 && <>Also known under the key {work.aliases.join(', ')}.</>}
          </p>
        )}
      </section>

      <FormattedReference workId={workId} style="apa" label="APA" />
      <FormattedReference workId={workId} style="chicago-author-date" label="Chicago author-date" />
      <Bibtex workId={workId} />

      <WorkCitingPapers workId={workId} />
      <WorkUserData workKey={summary.key} label={summary.label} />
      <WorkHistory workKey={summary.key} />
    </article>
  );
}

/** "Edited by you: title, date": the fields the user changed, beside the record's confidence. */
function EditedFields({ work }: { work: WorkDetail['work'] }) {
  const mine = Object.entries(work.edited ?? {})
    .filter(([, edit]) => edit.actor === 'user')
    .map(([field]) => field.replace(/^bib:/, ''));
  if (mine.length === 0) return null;
  return (
    <p className="confidence__edited">
      <span className="edited-mark">Edited by you</span> {mine.join(', ')}
    </p>
  );
}
