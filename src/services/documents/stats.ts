/** What a parse found, counted for the papers list, with warnings a user can act on. */
import { CHARACTERS_PER_PAGE, type DocumentStats } from '../../core/documents/model';
import type { DocumentView } from './model';

/** The counts and warnings of an opened document (`encoding`: what its file was read in). */
export function statsOf(
  view: Omit<DocumentView, 'summary'>,
  encoding: string | null,
): DocumentStats {
  const works = new Set<string>();
  for (const c of view.citations) if (c.workId) works.add(c.workId);
  for (const r of view.references) if (r.workId) works.add(r.workId);
  const warnings: string[] = [];
  if (view.citations.length === 0) {
    warnings.push(
      'No citations were found: this may not be a paper, or it cites in a way Scholion does not read yet.',
    );
  }
  if (view.referenceSectionId === null) {
    warnings.push('No reference list was found (a section headed References or Bibliography).');
  }
  const unread = view.references.filter((r) => r.csl === null).length;
  if (unread > 0)
    warnings.push(`${unread} reference ${unread === 1 ? 'entry' : 'entries'} could not be read.`);
  const waiting = view.references.filter((r) => r.candidate !== null).length;
  if (waiting > 0) {
    warnings.push(
      `${waiting} ${waiting === 1 ? 'reference looks like a work' : 'references look like works'} already in the library: confirm or reject.`,
    );
  }
  // A citation whose entry waits for the user's answer above is not a problem of its own.
  const pendingEntry = new Set(view.references.filter((r) => r.candidate).map((r) => r.id));
  const entryOf = (id: string) => view.citationReferences[id] ?? null;
  const noEntry = view.citations.filter((c) => c.workId === null && !entryOf(c.id)).length;
  if (noEntry > 0) {
    warnings.push(
      `${noEntry} of ${view.citations.length} citations match no entry of the reference list.`,
    );
  }
  const noWork = view.citations.filter((c) => {
    const entry = entryOf(c.id);
    return c.workId === null && entry !== null && !pendingEntry.has(entry);
  }).length;
  if (noWork > 0) {
    warnings.push(
      `${noWork} of ${view.citations.length} citations cite entries not linked to a work.`,
    );
  }
  if (encoding && encoding !== 'utf-8') warnings.push(`Read as ${encoding} text (not UTF-8).`);
  return {
    pages: Math.max(1, Math.ceil(view.document.text.length / CHARACTERS_PER_PAGE)),
    citations: view.citations.length,
    references: view.references.length,
    worksLinked: works.size,
    warnings,
  };
}
