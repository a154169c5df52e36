/**
 * The papers list's rows (a summary of every stored document) kept in the data folder's cache
 * (`.cache/documents-list.json`) under a hash of the documents.json they were made from, so the
 * first papers list of a run does not decode that file: at 1,000 papers it is megabytes of
 * records (what each paper cites) to parse and check, and hashing it is a tenth of that. Derived
 * data: a stale, missing or damaged listing is made again from the records; once this process
 * holds the records (it wrote or read them), they are used.
 */
import { createHash } from 'node:crypto';
import { DOCUMENTS_FILE, documentsFileSpec, type UserDataStore } from '../../store';
import { summaryOf, type DocumentSummary } from './model';

const isSummaries = (value: unknown): value is DocumentSummary[] =>
  Array.isArray(value) && value.every((s) => typeof (s as DocumentSummary | null)?.id === 'string');

/** Reads the summaries of the stored documents, through the kept listing when it is current. */
export class DocumentListing {
  private readonly kept;

  constructor(private readonly store: UserDataStore) {
    this.kept = store.derived('documents-list', isSummaries);
  }

  /** A summary of every stored document (in the trash too), in no particular order. */
  async summaries(): Promise<DocumentSummary[]> {
    const files = this.store.documents;
    const stored = files.holds(DOCUMENTS_FILE) ? null : await files.storage.read(DOCUMENTS_FILE);
    const hash = stored && createHash('sha256').update(stored.content).digest('hex');
    if (hash) {
      const kept = await this.kept.read(hash);
      if (kept) return kept;
    }
    const { data, version } = await files.readVersioned(DOCUMENTS_FILE, documentsFileSpec);
    const summaries = Object.values(data.items).map(summaryOf);
    // Kept only when the records are the file that was hashed (no other write came between).
    if (hash && stored.version === version) await this.kept.write(hash, summaries);
    return summaries;
  }
}
