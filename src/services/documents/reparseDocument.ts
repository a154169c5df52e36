/**
 * Re-parsing a stored paper from its kept file with today's parser. Links and corrections the
 * user made are kept; entries that are new to this parse are linked (works made as needed). A
 * PDF is read again and its new layout kept beside it; the old layout is removed only once no
 * record names it, so a failed reparse keeps the old one.
 */
import type { Work } from '../../core/bibliography/model';
import { emptyDocumentLinks, type DocumentLinks } from '../../core/documents/links';
import { DOCUMENT_PARSER_VERSION, type DocumentRecord } from '../../core/documents/model';
import { citesOf, recordCites } from '../../core/documents/cites';
import { sourceFormatOf } from '../../core/documents/sourceText';
import { ownItem, type UserDataStore } from '../../store';
import { NotFoundError, ServiceError } from '../errors';
import { worksWithHistoryWrites } from '../works/historyWrites';
import { linkReferences, parsedWorksWithRevision } from './linkReferences';
import { summaryOf, type DocumentSummary, type DocumentView } from './model';
import { viewOfDocument } from './openDocument';
import { keptLayoutBytes, readPaperSource, type PaperSource } from './paperSource';
import { keepPaperText } from './paperText';
import { linkPapersToWorks, workOfPaper } from './paperWork';
import type { PaperReader } from './readInWorker';
import { statsOf } from './stats';
import { storedLinks } from './storedDocument';

export interface ReparseContext {
  store: UserDataStore;
  read: PaperReader;
  libraryWorks: () => Promise<Work[]>;
  now: () => Date;
}

/** Times a reparse reads the links again when another write changed them while it worked. */
const LINK_ATTEMPTS = 3;

interface Linked {
  view: DocumentView;
  works: Work[];
  newWorks: Work[];
  updatedAt: string;
}

/**
 * Links the parse to the library from the stored links and writes the result (new works and
 * links in one all-or-nothing write), unless the links changed while this worked (an answer, a
 * merge renaming a work): then nothing is written and the caller tries again (null).
 */
async function linkAndWrite(
  record: DocumentRecord,
  source: PaperSource,
  file: DocumentRecord['file'],
  context: ReparseContext,
): Promise<Linked | null> {
  const { store, now } = context;
  const documentId = record.id;
  // A copy: the stored object may change under a long read (the store's objects are shared).
  const before = structuredClone(await storedLinks(store, documentId));
  const seen = JSON.stringify(before);
  const read = await context.read(source.text, documentId, {
    format: sourceFormatOf(source.kind),
  });
  const draft = viewOfDocument(record, source, before, read);
  const works = await context.libraryWorks();
  const { links, newWorks } = linkReferences(
    draft.references,
    before.references,
    before.corrections.references,
    { works, document: { id: documentId, title: record.title }, now: now() },
  );
  const after: DocumentLinks = { ...before, references: links };
  const view = viewOfDocument(record, source, after, read);
  const updatedAt = now().toISOString();
  // Kept before the record changes: search re-indexes the paper on that change.
  await keepPaperText(store, { ...record, file, updatedAt }, after, view);
  const made = worksWithHistoryWrites(
    store,
    parsedWorksWithRevision(newWorks, record.title, now()),
  );
  const linksWrite = store.documentLinks.fileWrite(documentId, (items) => {
    const current = ownItem(items, documentId) ?? emptyDocumentLinks(documentId);
    if (JSON.stringify(current) !== seen) throw new LinksChangedError();
    items[documentId] = after;
  });
  try {
    await store.writeFiles(
      [...(newWorks.length ? made.writes : []), linksWrite],
      [...(newWorks.length ? [made.change] : []), { collection: 'documents', ids: [documentId] }],
    );
  } catch (error) {
    if (error instanceof LinksChangedError) return null;
    throw error;
  }
  return { view, works, newWorks, updatedAt };
}

class LinksChangedError extends Error {}

/** Re-parses a stored (not bundled) document; see the file's comment. */
export async function reparseDocument(
  record: DocumentRecord,
  context: ReparseContext,
): Promise<DocumentSummary> {
  const { store } = context;
  const documentId = record.id;
  const bytes = record.file ? await store.paperFiles.read(record.file.path) : null;
  if (!bytes || !record.file) {
    throw new ServiceError(
      'missing-file',
      `The kept copy of “${record.title}” (${record.file?.path ?? 'no file'}) is missing from the library folder; add the paper again.`,
    );
  }
  // A PDF is read again (today's layout), and its new layout kept beside it.
  const source = await readPaperSource(record.file.name, bytes);
  const textLayer = source.pdf
    ? (await store.paperFiles.put(keptLayoutBytes(source.pdf.layout), 'json')).path
    : undefined;
  const file = record.file && textLayer ? { ...record.file, textLayer } : record.file;
  let linked: Linked | null = null;
  for (let attempt = 1; !linked; attempt++) {
    linked = await linkAndWrite(record, source, file, context);
    if (!linked && attempt === LINK_ATTEMPTS) {
      throw new ServiceError(
        'busy',
        `The links of “${record.title}” kept changing while it was read again; nothing was lost. Try again.`,
      );
    }
  }
  const { view, works, newWorks, updatedAt } = linked;
  let stale: string | null = null;
  const updated = await store.documentRecords.update(documentId, (items) => {
    const current = ownItem(items, documentId);
    if (!current) throw new NotFoundError(`No document with id ${documentId}.`);
    current.stats = statsOf(view, source.encoding);
    if (source.pdf) current.stats.pages = source.pdf.pageCount;
    // Papers added before the first page's year was read take it now.
    current.year ??= source.pdf?.titleBlock.year ?? null;
    if (textLayer && current.file) {
      const old = current.file.textLayer;
      current.file.textLayer = textLayer;
      // The layout an older parser made is no one's once no record names it.
      const named = Object.values(items).some((r) => r?.file?.textLayer === old);
      if (old && old !== textLayer && !named) stale = old;
    }
    current.cites = recordCites(citesOf(view));
    current.workKey = current.workKey ?? workOfPaper(current, works);
    linkPapersToWorks(items, newWorks);
    current.parserVersion = DOCUMENT_PARSER_VERSION;
    current.updatedAt = updatedAt;
    return structuredClone(current);
  });
  // Removed only after the record names the new layout: a failed reparse keeps the old one.
  if (stale) await store.paperFiles.remove(stale);
  return summaryOf(updated);
}
