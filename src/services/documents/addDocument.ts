/**
 * Adding a paper: read the file's bytes into source text (a PDF through the PDF worker, see
 * paperSource.ts), parse it, link its reference list to the library, then write (kept file, a
 * PDF's kept layout, new works, links, record). Progress is reported by phase; the
 * add can be cancelled until the writing starts, and nothing is written before it. A failure
 * while writing undoes what was written, so a failed or cancelled add leaves the library exactly
 * as it was.
 */
import type { Work } from '../../core/bibliography/model';
import { emptyDocumentLinks, type DocumentLinks } from '../../core/documents/links';
import { DOCUMENT_PARSER_VERSION, type DocumentRecord } from '../../core/documents/model';
import { DocumentParseError } from '../../core/document';
import type { ReadPaper, ReadStage } from '../../core/paper';
import { readInThread, ReadAbortedError, type PaperReader } from './readInWorker';
import { sha256Hex, type UserDataStore } from '../../store';
import { ServiceError } from '../errors';
import { linkReferences, parsedWorksWithRevision } from './linkReferences';
import { putWorksWithHistory } from '../works/historyWrites';
import { summaryOf, type DocumentSummary, type DocumentView } from './model';
import { keepPaperText } from './paperText';
import { viewOfDocument } from './openDocument';
import { keptLayoutBytes, readPaperSource, type PaperSource } from './paperSource';
import { statsOf } from './stats';
import { linkPapersToWorks, workOfPaper } from './paperWork';
import { citesOf, recordCites } from '../../core/documents/cites';
import { sourceFormatOf } from '../../core/documents/sourceText';

export type AddPhase = 'reading' | 'parsing' | 'linking' | 'writing' | 'done';

export interface AddProgress {
  phase: AddPhase;
  /** While parsing: which stage of the read has started. */
  stage?: ReadStage;
  /** 0..1 over the whole add; never goes back. */
  fraction: number;
  /** While a PDF is read: pages read so far and its pages in all. */
  pages?: { done: number; total: number };
}

export interface AddDocumentInput {
  /** The file's name as the user knows it ("Betts 2011.md"); never opened. */
  fileName: string;
  bytes: Uint8Array;
  /** Cancels the add (until writing starts). */
  signal?: AbortSignal;
  /** Reads the paper's text (default in-thread; the app reads it in a worker thread). */
  read?: PaperReader;
  onProgress?: (progress: AddProgress) => void;
}

export interface AddDocumentResult {
  document: DocumentSummary;
  /** False when the same file (by content) was in the library already: nothing was added. */
  added: boolean;
}

export interface AddContext {
  store: UserDataStore;
  libraryWorks: () => Promise<Work[]>;
  now: () => Date;
}

/** Thrown when the user cancelled an add; nothing was written. */
export class AddCancelledError extends ServiceError {
  constructor(fileName: string) {
    super('cancelled', `Adding ${fileName} was cancelled; nothing was added.`);
    this.name = 'AddCancelledError';
  }
}

const PHASE_AT: Record<AddPhase, number> = {
  reading: 0,
  parsing: 0.1,
  linking: 0.7,
  writing: 0.85,
  done: 1,
};

/**
 * Where each stage of the parse starts on the bar. The parsing phase (0.1–0.7) is shared by its
 * stages as their time is shared on a long paper (a 2 MB notes-style paper read in a worker:
 * the reference list ~15%, citations ~35%, layout ~35%, placing the citations ~15%).
 */
const STAGE_AT: Record<ReadStage, number> = {
  'reference-list': 0.11,
  citations: 0.2,
  layout: 0.41,
  placing: 0.61,
};

/** Lets the event loop run (progress messages, a cancel) between the phases of a large add. */
const breathe = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

/** The id of the document whose file has this hash: the same file always gets the same id. */
export function documentIdFor(sha256: string): string {
  return `d-${sha256.slice(0, 12)}`;
}

/** The title for a document whose text names none: its file's name without the extension. */
function titleFromFileName(fileName: string): string {
  return fileName.replace(/^.*[\\/]/, '').replace(/\.[^.]+$/, '') || 'Untitled paper';
}

/** Adds a paper; see the file's comment. Throws ServiceError with a one-line message. */
export async function addDocument(
  input: AddDocumentInput,
  context: AddContext,
): Promise<AddDocumentResult> {
  const { fileName, bytes, signal, onProgress } = input;
  const { store } = context;
  const step = async (phase: AddPhase) => {
    onProgress?.({ phase, fraction: PHASE_AT[phase] });
    await breathe();
    if (signal?.aborted && phase !== 'done') throw new AddCancelledError(fileName);
  };

  await step('reading');
  const sha256 = sha256Hex(bytes);
  const id = documentIdFor(sha256);
  const existing = await store.documentRecords.get(id);
  if (existing && existing.deletedAt === null) {
    return { document: summaryOf(existing), added: false };
  }
  // A PDF's pages are most of the work: the reading phase reports them.
  const source: PaperSource = await readPaperSource(fileName, bytes, {
    signal,
    onPages: (done, total) =>
      onProgress?.({
        phase: 'reading',
        fraction: PHASE_AT.parsing * (done / Math.max(1, total)),
        pages: { done, total },
      }),
  });
  if (source.text.trim() === '') {
    throw new ServiceError('empty-document', `${fileName} is empty: there is no text to read.`);
  }

  await step('parsing');
  let read: ReadPaper;
  try {
    read = await (input.read ?? readInThread)(source.text, id, {
      format: sourceFormatOf(source.kind),
      signal,
      onStage: (stage) => onProgress?.({ phase: 'parsing', stage, fraction: STAGE_AT[stage] }),
    });
  } catch (error) {
    if (error instanceof ReadAbortedError) throw new AddCancelledError(fileName);
    if (error instanceof DocumentParseError) {
      throw new ServiceError('not-a-paper', `${fileName}: ${error.message}`);
    }
    throw error;
  }

  await step('linking');
  const now = context.now();
  const meta = read.document.meta;
  const title = meta.title.trim() || titleFromFileName(fileName);
  const works = await context.libraryWorks();
  const { links, newWorks } = linkReferences(
    read.references,
    {},
    {},
    {
      works,
      document: { id, title },
      now,
    },
  );
  const documentLinks: DocumentLinks = { ...emptyDocumentLinks(id), references: links };
  const extension =
    source.kind === 'pdf' ? 'pdf' : (/\.([a-z0-9]+)$/i.exec(fileName)?.[1] ?? 'txt');
  const record: DocumentRecord = {
    id,
    title,
    authors: source.pdf?.titleBlock.authors.length
      ? source.pdf.titleBlock.authors
      : meta.authors.length
        ? meta.authors.map((a) => a.name)
        : authorsLine(meta.frontMatter),
    // A PDF's first page says when it was published ("Published: …", "© 2016").
    year: source.pdf?.titleBlock.year ?? yearOf(read),
    kind: source.kind,
    file: {
      sha256,
      path: '',
      name: fileName,
      bytes: bytes.length,
      encoding: source.encoding ?? 'pdf',
    },
    parserVersion: DOCUMENT_PARSER_VERSION,
    addedAt: now.toISOString(),
    updatedAt: now.toISOString(),
    deletedAt: null,
    stats: { pages: 0, citations: 0, references: 0, worksLinked: 0, warnings: [] },
  };
  // Linking and the view are each a few hundred milliseconds on a book: the event loop runs
  // between them, so the app's main process is not held for both at once.
  await breathe();
  const view = viewOfDocument(record, source, documentLinks, read);
  await breathe();
  record.stats = statsOf(view, source.encoding);
  if (source.pdf) record.stats.pages = source.pdf.pageCount;
  record.cites = recordCites(citesOf(view));
  record.workKey = workOfPaper(record, works);

  await step('writing');
  const written = await writeDocument(
    store,
    { record, links: documentLinks, view },
    newWorks,
    { bytes, extension, layout: source.pdf ? keptLayoutBytes(source.pdf.layout) : null },
    existing,
  );
  onProgress?.({ phase: 'done', fraction: 1 });
  return { document: summaryOf(written), added: true };
}

const PERSON = /^\p{Lu}[\p{L}.'’-]*(\s+\p{Lu}[\p{L}.'’-]*){1,3}$/u;

/**
 * The authors of a simple title block ("Ana Ortiz and Tomas Berg" on the line after the title),
 * when the title-page reader found none; [] unless every name looks like a person's.
 */
function authorsLine(frontMatter: readonly string[]): string[] {
  // A plain-text title page keeps its lines apart: the authors' line is the first.
  const line = frontMatter[0]?.split('\n')[0]?.trim() ?? '';
  if (!line || line.length > 200) return [];
  const names = line.split(/\s*,\s*(?:and\s+)?|\s+and\s+|\s*&\s*/).filter(Boolean);
  return names.every((n) => PERSON.test(n)) ? names : [];
}

/** A year on the title page (the conference's, else the first four-digit year in front matter). */
function yearOf(read: ReadPaper): string | null {
  const meta = read.document.meta;
  const conference = meta.conference?.startDate?.slice(0, 4);
  if (conference) return conference;
  for (const line of meta.frontMatter) {
    const year = /\b(19|20)\d{2}\b/.exec(line)?.[0];
    if (year) return year;
  }
  return null;
}

/**
 * Writes the kept file, the new works, the links and the record, in that order (the record last:
 * until it is written, no list shows the document). If a step fails, the steps before it are
 * undone and the error is thrown.
 */
async function writeDocument(
  store: UserDataStore,
  { record, links, view }: { record: DocumentRecord; links: DocumentLinks; view: DocumentView },
  newWorks: readonly Work[],
  kept: { bytes: Uint8Array; extension: string; layout: Uint8Array | null },
  trashed: DocumentRecord | undefined,
): Promise<DocumentRecord> {
  const id = record.id;
  const undo: (() => Promise<unknown>)[] = [];
  try {
    const hadFile = trashed?.file
      ? (await store.paperFiles.read(trashed.file.path)) !== null
      : false;
    const file = await store.paperFiles.put(kept.bytes, kept.extension);
    if (!hadFile) undo.push(() => store.paperFiles.remove(file.path));
    record.file = { ...record.file!, path: file.path };
    if (kept.layout) {
      const hadLayout = trashed?.file?.textLayer
        ? (await store.paperFiles.read(trashed.file.textLayer)) !== null
        : false;
      const layout = await store.paperFiles.put(kept.layout, 'json');
      if (!hadLayout) undo.push(() => store.paperFiles.remove(layout.path));
      record.file.textLayer = layout.path;
    }
    if (newWorks.length) {
      const keys = newWorks.map((w) => w.citationKey);
      await putWorksWithHistory(
        store,
        parsedWorksWithRevision(newWorks, record.title, new Date(record.addedAt)),
      );
      undo.push(async () => {
        await store.works.removeMany(keys);
        await store.workHistory.removeMany(keys);
      });
    }
    const previousLinks = await store.documentLinks.get(id);
    await store.documentLinks.update(id, (items) => {
      items[id] = structuredClone(links);
    });
    undo.push(() =>
      store.documentLinks.update(id, (items) => {
        if (previousLinks) items[id] = previousLinks;
        else delete items[id];
      }),
    );
    // Search indexes the paper when its record is written: its search text is kept first.
    await keepPaperText(store, record, links, view);
    return await store.documentRecords.update(id, (items) => {
      // A paper already in the library that this one's list names is now linked to its work.
      linkPapersToWorks(items, newWorks);
      items[id] = structuredClone(record);
      return structuredClone(record);
    });
  } catch (error) {
    for (const step of undo.reverse()) {
      try {
        await step();
      } catch (undoError) {
        console.error('Scholion: could not undo part of a failed add', undoError);
      }
    }
    const reason = error instanceof Error ? error.message : String(error);
    throw new ServiceError(
      'add-failed',
      `Scholion could not add ${record.file?.name ?? 'the paper'} (${reason}); the library is unchanged.`,
    );
  }
}
