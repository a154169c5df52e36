/**
 * Which works each claim of a paper cites together (two or more), kept in the data folder's cache
 * (`.cache/co-cited/<id>.json`) rather than in the paper's record: at 1,000 papers these groups
 * were three quarters of documents.json, which every add rewrites. Derived data, versioned like
 * the paper's search text (its file, parse, corrections and last change), so a changed paper is
 * never read stale; a missing or damaged file is derived again from the paper.
 */
import type { DocumentLinks } from '../../core/documents/links';
import type { DocumentRecord } from '../../core/documents/model';
import type { UserDataStore } from '../../store';
import { paperTextVersion } from './paperText';

const isGroups = (value: unknown): value is string[][] =>
  Array.isArray(value) &&
  value.every((g) => Array.isArray(g) && g.every((w) => typeof w === 'string'));

const cacheOf = (store: UserDataStore, documentId: string) =>
  store.derived(`co-cited/${documentId}`, isGroups);

/** The kept groups of works a paper's claims cite together, or null (missing, stale, damaged). */
export function readCoCited(
  store: UserDataStore,
  record: DocumentRecord,
  links: DocumentLinks,
): Promise<string[][] | null> {
  return cacheOf(store, record.id).read(paperTextVersion(record, links));
}

/** Keeps the groups of works a paper's claims cite together (a failed write is only time lost). */
export function keepCoCited(
  store: UserDataStore,
  record: DocumentRecord,
  links: DocumentLinks,
  together: string[][],
): Promise<void> {
  return cacheOf(store, record.id).write(paperTextVersion(record, links), together);
}
