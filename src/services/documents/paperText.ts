/**
 * A paper's search text (its passages and claims) kept in the data folder's cache
 * (`.cache/paper-text/<id>.json`), so search can index a library of papers at start without
 * parsing one, and show a hit's text without holding every paper's text in memory. Derived
 * data: its version names everything it was derived from (the kept file, the parser, the
 * user's corrections, the record's last change), so a changed paper is never read stale; a
 * missing or damaged file is derived again.
 */
import type { DocumentLinks } from '../../core/documents/links';
import { DOCUMENT_PARSER_VERSION, type DocumentRecord } from '../../core/documents/model';
import { searchTextOf, type PaperSearchText } from '../../core/search';
import { sha256Hex, type UserDataStore } from '../../store';
import { citesOf } from '../../core/documents/cites';
import { keepCoCited } from './coCited';
import type { DocumentView } from './model';

/** Bump when what `searchTextOf` derives changes: every kept search text is derived again. */
const PAPER_TEXT_VERSION = 1;

const isPaperText = (value: unknown): value is PaperSearchText => {
  const text = value as PaperSearchText | null;
  return (
    typeof text?.documentId === 'string' &&
    Array.isArray(text.passages) &&
    Array.isArray(text.claims)
  );
};

/** The version of a paper's search text: what it was derived from. */
export function paperTextVersion(record: DocumentRecord, links: DocumentLinks): string {
  const corrections = sha256Hex(new TextEncoder().encode(JSON.stringify(links.corrections)));
  return [
    `t${PAPER_TEXT_VERSION}`,
    `p${DOCUMENT_PARSER_VERSION}`,
    record.file?.sha256 ?? 'no-file',
    record.file?.textLayer ?? '',
    record.updatedAt,
    corrections.slice(0, 16),
  ].join(' ');
}

const cacheOf = (store: UserDataStore, documentId: string) =>
  store.derived(`paper-text/${documentId}`, isPaperText);

/** The kept search text of a paper at this version (with it), or null (missing, stale or damaged). */
export async function readPaperText(
  store: UserDataStore,
  record: DocumentRecord,
  links: DocumentLinks,
): Promise<PaperSearchText | null> {
  const version = paperTextVersion(record, links);
  const text = await cacheOf(store, record.id).read(version);
  return text?.documentId === record.id ? { ...text, version } : null;
}

/**
 * Derives a paper's search text from its opened view and keeps it (a write that fails is only
 * time lost: the next read derives it again), and which works its claims cite together (see
 * coCited.ts). Answers the search text, with its version.
 */
export async function keepPaperText(
  store: UserDataStore,
  record: DocumentRecord,
  links: DocumentLinks,
  view: Pick<DocumentView, 'document' | 'claims' | 'citations'>,
): Promise<PaperSearchText> {
  const version = paperTextVersion(record, links);
  const text = searchTextOf({ ...view, documentId: record.id });
  await cacheOf(store, record.id).write(version, text);
  // Derived from the same parse, under the same version: which works its claims cite together.
  await keepCoCited(store, record, links, citesOf(view).together);
  return { ...text, version };
}
