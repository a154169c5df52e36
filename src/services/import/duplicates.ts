/**
 * Finds the library work an incoming entry duplicates: same DOI, else same ISBN (books, not
 * chapters, which share their book's ISBN), else the same normalised title, year and first author.
 */
import type { CslItem, CslName, Work } from '../../core/bibliography/model';
import { PART_TYPES } from '../../core/works/duplicates';

/**
 * Why an entry is a duplicate: it is the library work with its key (`same-entry`), or shares a
 * DOI, ISBN or title + year + first author with a library work, or its DOI with an earlier entry
 * of the same file (`doi-in-file`, whose `key` is that entry's planned key).
 */
export type MatchReason = 'same-entry' | 'doi' | 'doi-in-file' | 'isbn' | 'title-year-author';

export interface DuplicateMatch {
  key: string;
  reason: MatchReason;
}

/** "https://doi.org/10.1000/ABC" -> "10.1000/abc". */
export function normaliseDoi(doi: unknown): string | null {
  if (typeof doi !== 'string') return null;
  const m = /10\.\d{4,9}\/\S+/.exec(doi.trim());
  return m ? m[0].toLowerCase().replace(/[.,;]+$/, '') : null;
}

/** ISBNs in a field (there may be several), as ISBN-13 digits. */
export function normaliseIsbns(isbn: unknown): string[] {
  if (typeof isbn !== 'string') return [];
  const out: string[] = [];
  for (const raw of isbn.split(/[;,\s]+(?=[\dXx-]{10,})/)) {
    const digits = raw.replace(/[^\dXx]/g, '').toUpperCase();
    if (digits.length === 13) out.push(digits);
    else if (digits.length === 10) out.push(isbn10to13(digits));
  }
  return out;
}

function isbn10to13(isbn10: string): string {
  const body = `978${isbn10.slice(0, 9)}`;
  let sum = 0;
  for (let i = 0; i < 12; i++) sum += Number(body[i]) * (i % 2 === 0 ? 1 : 3);
  return body + String((10 - (sum % 10)) % 10);
}

const NOT_PRINTABLE_ASCII = /[^ -~]/;

/** Lower-case ASCII letters and digits of a text, single-spaced ("Köhler: Über" -> "kohler uber"). */
export function foldText(text: string): string {
  // Printable ASCII has nothing to decompose (most titles and names): skip the Unicode passes.
  if (!NOT_PRINTABLE_ASCII.test(text)) {
    const plain = text.includes('<') ? text.replace(/<[^>]+>/g, '') : text;
    return plain
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, ' ')
      .trim();
  }
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .replace(/<[^>]+>/g, '')
    .toLowerCase()
    .replace(/ß/g, 'ss')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

/** Folded creator names: the same authors recur across an import, and folding is not free. */
const foldedNames = new Map<string, string>();
const FOLDED_NAMES_LIMIT = 20_000;

function firstCreator(csl: CslItem): string {
  const names = (csl.author ?? csl.editor ?? []) as CslName[];
  const first = names[0];
  if (!first) return '';
  const name = first.family ?? first.literal ?? first.given ?? '';
  let folded = foldedNames.get(name);
  if (folded === undefined) {
    folded = foldText(name);
    if (foldedNames.size >= FOLDED_NAMES_LIMIT) foldedNames.clear();
    foldedNames.set(name, folded);
  }
  return folded;
}

function year(csl: CslItem): string {
  const part = csl.issued?.['date-parts']?.[0]?.[0];
  if (part !== undefined) return String(part);
  const m = /\d{4}/.exec(csl.issued?.literal ?? csl.issued?.raw ?? '');
  return m ? m[0] : '';
}

/** The title + year + first-author fingerprint, or null when the title is missing. */
export function workFingerprint(csl: CslItem): string | null {
  const title = typeof csl.title === 'string' ? foldText(csl.title) : '';
  return title ? `${title}|${yearAndCreator(csl)}` : null;
}

/** The year and first-author part of the fingerprint: cheap, and needed for any match. */
function yearAndCreator(csl: CslItem): string {
  return `${year(csl)}|${firstCreator(csl)}`;
}

/** An index of works to look duplicates up in; add() makes later lookups see a new work. */
export class DuplicateIndex {
  private readonly byDoi = new Map<string, string>();
  private readonly byIsbn = new Map<string, string>();
  private readonly byFingerprint = new Map<string, string>();
  /** The year and first author of every fingerprint, so most lookups skip folding the title. */
  private readonly yearsAndCreators = new Set<string>();
  /** The year of every fingerprint, so lookups in other years skip even the author. */
  private readonly years = new Set<string>();

  constructor(works: readonly Work[] = []) {
    for (const w of works) this.add(w.citationKey, w.csl);
  }

  add(key: string, csl: CslItem): void {
    const doi = normaliseDoi(csl.DOI);
    if (doi && !this.byDoi.has(doi)) this.byDoi.set(doi, key);
    if (!PART_TYPES.has(csl.type)) {
      for (const isbn of normaliseIsbns(csl.ISBN))
        if (!this.byIsbn.has(isbn)) this.byIsbn.set(isbn, key);
    }
    const fingerprint = workFingerprint(csl);
    if (fingerprint && !this.byFingerprint.has(fingerprint)) {
      this.byFingerprint.set(fingerprint, key);
      this.yearsAndCreators.add(yearAndCreator(csl));
      this.years.add(year(csl));
    }
  }

  /**
   * The work `csl` duplicates, with why; null when none. `doi` is normaliseDoi(csl.DOI) when the
   * caller has it already.
   */
  find(csl: CslItem, doi: string | null = normaliseDoi(csl.DOI)): DuplicateMatch | null {
    const byDoi = doi ? this.byDoi.get(doi) : undefined;
    if (byDoi) return { key: byDoi, reason: 'doi' };
    if (!PART_TYPES.has(csl.type)) {
      for (const isbn of normaliseIsbns(csl.ISBN)) {
        const key = this.byIsbn.get(isbn);
        if (key) return { key, reason: 'isbn' };
      }
    }
    const y = year(csl);
    if (!this.years.has(y) || !this.yearsAndCreators.has(`${y}|${firstCreator(csl)}`)) return null;
    const fingerprint = workFingerprint(csl);
    const key = fingerprint ? this.byFingerprint.get(fingerprint) : undefined;
    return key ? { key, reason: 'title-year-author' } : null;
  }
}
