// The entry point: a paper's citation style, reference list, citations and their links.
import type { Span } from '../citations/grammar';
import type { Citation } from '../citations/model';
import { blankCitationFields, parseCitations } from '../citations/parseCitations';
import {
  parseNumericCitations,
  type NumericCitationDraft,
  type SuperscriptMark,
} from '../citations/numeric';
import type { ParsedDocument } from '../document/model';
import { withPrintedCorporateAuthor } from './corporateAuthor';
import { entryKey, type EntryKey } from './entryKeys';
import { findReferenceList, type ListRegion } from './findReferenceList';
import { abbreviationsOf, linkAuthorYear, linkNumber, type Link } from './linkCitations';
import type {
  CitationStyle,
  DocumentCitation,
  NoteText,
  ReferenceAnalysis,
  ReferenceEntry,
  ReferenceParser,
} from './model';
import { entriesFromNotes, noteCitations, type NoteCitationDraft } from './noteCitations';
import { parseReference } from './parse';
import { blank, readSource, type PreparedSource } from './readSource';
import { splitEntries } from './splitEntries';
import { detectStyle } from './detectStyle';
import { withCitedYears } from './citedYears';
import { expandPageRange } from './pageRange';

/** A text already read by the caller (e.g. from a PDF), with what it knows about it. */
export interface AnalysisText {
  text: string;
  /** Italic spans (titles), never read as author names. */
  italic?: ReadonlyArray<Span>;
  /** Superscripts known from layout (PDF glyph position and size). */
  superscripts?: ReadonlyArray<SuperscriptMark>;
  /** Footnotes or endnotes. */
  notes?: ReadonlyArray<NoteText>;
}

export interface AnalyseOptions {
  /** The user's choice of style; detected from the text when absent. */
  style?: CitationStyle;
  /** Reads each entry into CSL-JSON; `parseReference` of ./parse by default. */
  parseReference?: ReferenceParser;
  /** Told as each stage starts, so a long paper's reader can report progress. */
  onStage?: (stage: 'reference-list' | 'citations') => void;
}

interface Prepared extends PreparedSource {
  superscripts: ReadonlyArray<SuperscriptMark>;
}

function prepare(source: string | ParsedDocument | AnalysisText): Prepared {
  if (typeof source === 'string') return { ...readSource(source), superscripts: [] };
  if ('blocks' in source) return fromDocument(source);
  const read = readSource(source.text);
  return {
    ...read,
    italic: [...(source.italic ?? read.italic)],
    notes: source.notes ? [...source.notes] : read.notes,
    superscripts: source.superscripts ?? [],
  };
}

/** The document model keeps footnotes apart; a marker with no note text is a superscript citation. */
function fromDocument(doc: ParsedDocument): Prepared {
  const read = readSource(doc.text);
  const missing = new Set(doc.footnotes.filter((f) => f.missing).map((f) => f.id));
  const superscripts = doc.blocks.flatMap((b) =>
    b.footnoteRefs
      .filter((r) => missing.has(r.footnoteId))
      .map((r) => ({ start: r.offset, end: r.offset, text: r.label })),
  );
  return {
    ...read,
    italic: doc.blocks.flatMap((b) => b.emphasis.filter((e) => e.style === 'italic')),
    notes: doc.footnotes
      .filter((f) => !f.missing)
      .map((f) => ({ id: f.id, label: f.label, text: f.text, offset: null })),
    noteRegions: [],
    superscripts,
  };
}

function entriesOf(
  text: string,
  region: ListRegion | null,
  parse: ReferenceParser,
): ReferenceEntry[] {
  if (!region) return [];
  return splitEntries(text, region).map((span, k) => {
    const parsed = parse(span.raw);
    const read = withPrintedCorporateAuthor(parsed.csl, span.raw);
    // The entries become works of the library, which keeps page ranges in full.
    const { page } = read;
    const csl = typeof page === 'string' ? { ...read, page: expandPageRange(page) } : read;
    return { id: `r${k + 1}`, ...span, csl, confidence: parsed.confidence };
  });
}

/** The entries standing for works first given in full in a note (offsets as the note's citation). */
function noteEntries(
  drafts: ReadonlyArray<NoteCitationDraft>,
  keys: ReadonlyArray<EntryKey>,
  parse: ReferenceParser,
): ReferenceEntry[] {
  return keys.flatMap((key) => {
    const first = drafts.find((d) => d.full && d.referenceId === key.id);
    if (!first) return [];
    const parsed = parse(first.raw.replace(/\s+/gu, ' '));
    return [
      {
        id: key.id,
        label: null,
        raw: parsed.raw,
        start: first.start,
        end: first.end,
        noteId: first.noteId,
        csl: parsed.csl,
        confidence: parsed.confidence,
      },
    ];
  });
}

const blankCitation = (): Omit<Citation, 'id' | 'raw' | 'start' | 'end'> => ({
  ...blankCitationFields(),
  ibidOf: null,
});

function numericCitations(
  drafts: NumericCitationDraft[],
  entries: ReferenceEntry[],
  keys: Map<string, EntryKey>,
): Array<Omit<DocumentCitation, 'id'> & { link: Link }> {
  return drafts.map((d) => {
    const link = linkNumber(d.number, entries);
    const key = link.referenceId ? keys.get(link.referenceId) : undefined;
    return {
      ...blankCitation(),
      raw: d.raw,
      authors: key ? key.display : [],
      year: key?.year ?? null,
      yearSuffix: key?.suffix ?? null,
      locator: d.locator,
      start: d.start,
      end: d.end,
      number: d.number,
      noteId: null,
      referenceId: link.referenceId,
      link,
    };
  });
}

/**
 * Links author-year citations found elsewhere (e.g. in a parsed document's text, as the bundled
 * pipeline finds them) to `references`; `text` is where abbreviations such as "United Nations
 * Children's Fund [UNICEF]" are defined. An ibid takes its target's link.
 */
export function linkAuthorYearCitations(
  found: ReadonlyArray<Citation>,
  references: ReadonlyArray<ReferenceEntry>,
  text: string,
): Array<{ citationId: string; link: Link }> {
  const keyList = references.map(entryKey);
  return authorYearCitations([...found], keyList, abbreviationsOf(text)).map((c, k) => ({
    citationId: found[k]!.id,
    link: c.link,
  }));
}

function authorYearCitations(
  found: Citation[],
  keys: EntryKey[],
  abbreviations: Map<string, string>,
): Array<Omit<DocumentCitation, 'id'> & { link: Link }> {
  const linkById = new Map<string, Link>();
  return found.map((c) => {
    const target = c.ibidOf ? linkById.get(c.ibidOf) : undefined;
    const link = target ?? linkAuthorYear(c, keys, abbreviations);
    linkById.set(c.id, link);
    return { ...c, number: null, noteId: null, referenceId: link.referenceId, link };
  });
}

/** Gives ids in order and points each note ibid at the citation it repeats. */
function finish(drafts: Array<Omit<DocumentCitation, 'id'> & { link: Link }>): {
  citations: DocumentCitation[];
  links: Link[];
} {
  let lastFull: string | null = null;
  const citations = drafts.map((d, k): DocumentCitation => {
    const { link: _link, ...rest } = d;
    const id = `c${k + 1}`;
    const ibidOf = d.ibid ? (d.ibidOf !== null ? d.ibidOf : lastFull) : null;
    if (!d.ibid) lastFull = id;
    return { ...rest, id, ibidOf };
  });
  return { citations, links: drafts.map((d) => d.link) };
}

/**
 * Analyses one paper: finds its reference list (kept out of the running text: no citation comes
 * from it) and splits it into entries, reads every citation in the document's style (detected
 * unless `options.style` is given: author-year, numeric or notes) and links each to exactly one
 * entry, or reports it unresolved with the reason; entries no citation uses are reported too.
 *
 * `source` is a Markdown or plain-text paper (offsets are then into it), a parsed document
 * (offsets into `doc.text`; its footnotes are the notes) or a text with marks from its reader
 * (superscripts from a PDF's glyph positions). Pure; never throws on odd text.
 */
export function analyseReferencesAndCitations(
  source: string | ParsedDocument | AnalysisText,
  options: AnalyseOptions = {},
): ReferenceAnalysis {
  const prepared = prepare(source);
  const { text } = prepared;
  options.onStage?.('reference-list');
  const region = findReferenceList(prepared.scan);
  const references = entriesOf(text, region, options.parseReference ?? parseReference);
  const keyList = references.map(entryKey);
  const keys = new Map(keyList.map((k) => [k.id, k]));
  const listSpan = region ? [{ start: region.start, end: region.end }] : [];
  const body = blank(prepared.scan, listSpan);
  const bodyWithoutNotes = blank(body, prepared.noteRegions);

  options.onStage?.('citations');
  const authorYear = parseCitations(body, { italic: prepared.italic });
  const numericOptions = { superscripts: prepared.superscripts };
  const brackets = parseNumericCitations(body, {
    ...numericOptions,
    forms: { superscript: false },
  });
  const superscripts = parseNumericCitations(bodyWithoutNotes, {
    ...numericOptions,
    forms: { bracket: false, superscript: true },
  });
  let notes: NoteCitationDraft[] = noteCitations(prepared.notes, keyList);
  const detected = detectStyle({ references, authorYear, brackets, superscripts, notes });
  const style = options.style ?? detected;

  let drafts: Array<Omit<DocumentCitation, 'id'> & { link: Link }>;
  if (style === 'numeric') {
    // Vancouver's "(3)" is read only in a paper that cites no other way: "(1)" is as often an equation.
    const parentheses =
      brackets.length + superscripts.length === 0
        ? parseNumericCitations(body, {
            forms: { bracket: false, superscript: false, parenthesis: true },
          })
        : [];
    const all = [...brackets, ...superscripts, ...parentheses].sort(
      (a, b) => a.start - b.start || a.number - b.number,
    );
    drafts = numericCitations(all, references, keys);
  } else if (style === 'notes') {
    if (references.length === 0) {
      // No bibliography: each work's first full note is its entry.
      const noteKeys = entriesFromNotes(notes);
      notes = noteCitations(prepared.notes, noteKeys);
      references.push(...noteEntries(notes, noteKeys, options.parseReference ?? parseReference));
    }
    drafts = notes;
  } else {
    drafts = authorYearCitations(authorYear, keyList, abbreviationsOf(body));
  }
  const { citations, links } = finish(drafts);
  const unresolved = citations.flatMap((c, k) => {
    const link = links[k]!;
    return link.referenceId === null ? [{ citationId: c.id, reason: link.reason }] : [];
  });
  const used = new Set(citations.map((c) => c.referenceId));
  return {
    style,
    styleOverridden: options.style !== undefined,
    references: style === 'author-year' ? withCitedYears(references, keys, citations) : references,
    citations,
    unresolved: references.length === 0 ? [] : unresolved,
    unused: references.filter((r) => !used.has(r.id)).map((r) => r.id),
    referenceList: region
      ? { start: region.start, end: region.end, heading: region.heading }
      : null,
  };
}
