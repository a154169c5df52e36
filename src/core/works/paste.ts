/**
 * Paste to add: what a user pasted, recognised and turned into candidate records to confirm
 * (nothing is saved here). A BibTeX/BibLaTeX entry, RIS or CSL-JSON is read by the import
 * formats; a DOI or ISBN alone is kept as the record's identifier (Scholion has no network to
 * look it up, and says so); anything else is read as a formatted reference by the
 * reference-string parser.
 */
import type { BibSource, CslItem } from '../bibliography/model';
import { parseBibliographyFile, sniffFormat } from '../formats';
import { parseReference } from '../references/parse';
import { isbnProblem, normaliseDoi, normaliseIsbn } from './identifiers';

/** What the pasted text was read as. */
export type PastedKind = 'bibtex' | 'ris' | 'csl-json' | 'doi' | 'isbn' | 'reference';

/** One record to confirm. */
export interface PastedCandidate {
  csl: CslItem;
  /** For a .bib entry: the entry as read, kept for a lossless .bib export. */
  source?: BibSource;
  /** The entry's own key, when the pasted text had one. */
  key: string | null;
  /** For a parsed reference string: how sure the parser was (0..1); 1 for structured input. */
  confidence: number;
}

export interface PasteResult {
  kind: PastedKind | null;
  candidates: PastedCandidate[];
  /** Things the user should know: the no-network note, a parser warning, entries unreadable. */
  notes: string[];
}

const NO_NETWORK =
  'Scholion works offline and cannot look this identifier up: it is kept on the record; fill in the other fields by hand (or paste the full reference).';

/** A DOI or ISBN pasted alone, or null. */
function identifierAlone(text: string): PasteResult | null {
  const one = text.trim();
  if (/\s/.test(one.replace(/^(?:doi:|isbn(?:-1[03])?:?)\s*/i, ''))) return null;
  const doi = normaliseDoi(one);
  if (doi) {
    return {
      kind: 'doi',
      candidates: [
        { csl: { id: '', type: 'article-journal', DOI: doi }, key: null, confidence: 1 },
      ],
      notes: [NO_NETWORK],
    };
  }
  const looksIsbn = /^(?:isbn(?:-1[03])?:?\s*)?[\d-]{9,17}[\dxX]$/i.test(one);
  if (!looksIsbn) return null;
  const isbn = normaliseIsbn(one);
  if (!isbn) {
    return {
      kind: 'isbn',
      candidates: [],
      notes: [`ISBN: \`${one}\` is not valid: ${isbnProblem(one)}.`],
    };
  }
  return {
    kind: 'isbn',
    candidates: [{ csl: { id: '', type: 'book', ISBN: isbn }, key: null, confidence: 1 }],
    notes: [NO_NETWORK],
  };
}

/**
 * Reads pasted text as records to confirm. Never throws: text that yields nothing answers no
 * candidates and a note saying why.
 */
export function parsePastedWork(text: string): PasteResult {
  const trimmed = text.replace(/^\uFEFF/, '').trim();
  if (!trimmed) return { kind: null, candidates: [], notes: ['Nothing was pasted.'] };
  const identifier = identifierAlone(trimmed);
  if (identifier) return identifier;
  const format = sniffFormat(trimmed);
  if (format) {
    const parsed = parseBibliographyFile(trimmed, format);
    if (parsed.entries.length > 0 || format !== 'csl-json') {
      return {
        kind: format === 'bibtex' ? 'bibtex' : format,
        candidates: parsed.entries.map((e) => ({
          csl: e.csl,
          ...(e.source ? { source: e.source } : {}),
          key: e.key,
          confidence: 1,
        })),
        notes: [
          ...parsed.errors.map((e) => e.message),
          ...parsed.entries.flatMap((e) => e.warnings),
        ],
      };
    }
  }
  const reference = parseReference(trimmed);
  const notes: string[] = [];
  if (reference.confidence < 0.5) {
    notes.push('The reference was hard to read: check each field before adding it.');
  }
  if (!reference.csl.title) notes.push('No title was found: add one before saving.');
  return {
    kind: 'reference',
    candidates: [
      { csl: { ...reference.csl, id: '' }, key: null, confidence: reference.confidence },
    ],
    notes,
  };
}
