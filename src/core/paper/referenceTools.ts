/**
 * The seam where reading a paper's reference list plugs in: finding the list, parsing an entry,
 * linking citations to entries. `basicReferenceTools` is a plain first version; the reference
 * parser (src/core/references) supplies better ones through the same interface.
 */
import type { CslItem, Work } from '../bibliography/model';
import { buildWorkIndex, resolveCitation } from '../bibliography';
import type { Citation } from '../citations/model';
import type { ParsedDocument } from '../document/model';
import { parseReference as parseReferenceString } from '../references/parse';

/** One entry of a document's reference list, as found in its text. */
export interface ReferenceEntry {
  /** "r1", "r2", … in list order: unique within the document. */
  id: string;
  /** The entry as printed. */
  raw: string;
  /** Offsets of the entry in the document's text. */
  start: number;
  end: number;
  /** The entry's fields as CSL-JSON (its `id` is the entry's), or null when unreadable. */
  csl: CslItem | null;
}

/** Where a document's reference list is: its section and its entries' spans. */
export interface FoundReferenceList {
  /** The list's section (its heading "References", "Bibliography", …), if it has one. */
  sectionId: string | null;
  /** Where the list starts in the text: citations after it are not in the body. */
  start: number;
  entries: { raw: string; start: number; end: number }[];
}

export interface ReferenceTools {
  /** The document's reference list, or null when it has none. */
  findReferenceList(document: ParsedDocument): FoundReferenceList | null;
  /** One entry's fields (null when nothing can be read from it); its `id` is replaced. */
  parseReference(raw: string): CslItem | null;
  /** For each citation (in order), the id of the entry it cites, or null. */
  linkCitations(
    citations: readonly Citation[],
    entries: readonly ReferenceEntry[],
  ): (string | null)[];
}

const LIST_HEADING =
  /^(\d+\.?\s*)?(references|reference list|bibliography|works cited|literature( cited)?|sources|cited works)\s*:?$/i;

/** The last section headed like a reference list, its paragraphs one entry each. */
function findReferenceList(document: ParsedDocument): FoundReferenceList | null {
  const section = [...document.sections].reverse().find((s) => LIST_HEADING.test(s.title.trim()));
  if (!section) return null;
  const entries = document.blocks
    .filter((b) => b.kind !== 'heading' && b.start >= section.start && b.end <= section.end)
    .map((b) => ({ raw: b.text, start: b.start, end: b.end }));
  return { sectionId: section.id, start: section.start, entries };
}

const YEAR = /\((\d{4})([a-z])?\)|(?:^|[,.]\s)(\d{4})([a-z])?[.,]/;

/** Family names of an author list as printed: "Betts, A. and Lahav, G." -> Betts, Lahav. */
function familyNames(list: string): string[] {
  const people = list
    .replace(/\bet al\.?/g, '')
    .split(/\s*(?:;|&|\band\b|,\s*(?=[A-ZÀ-Þ][^\s,.]+,))\s*/)
    .map((p) => p.trim())
    .filter(Boolean);
  return people.flatMap((p) => {
    const family = p.includes(',') ? p.split(',')[0]! : p.split(/\s+/).at(-1)!;
    const clean = family.replace(/[.\s]+$/, '').trim();
    return clean && !/^[A-Z]\.?$/.test(clean) ? [clean] : [];
  });
}

/** "Authors (Year). Title. Rest." or "Authors Year. Title. Rest." read into a few CSL fields. */
function parseReference(raw: string): CslItem | null {
  const text = raw.replace(/\s+/g, ' ').trim();
  const year = YEAR.exec(text);
  if (!year) return null;
  const names = familyNames(text.slice(0, year.index));
  const after = text
    .slice(year.index + year[0].length)
    .replace(/^[\s.,:]+/, '')
    .trim();
  const title = /^(.+?[.?!])(\s|$)/.exec(after)?.[1]?.replace(/\.$/, '') ?? after;
  const doi = /\b10\.\d{4,9}\/\S+[^\s.,;]/.exec(text)?.[0];
  const suffix = year[2] ?? year[4];
  return {
    id: '',
    type: 'article',
    ...(title ? { title } : {}),
    ...(names.length ? { author: names.map((family) => ({ family })) } : {}),
    issued: { 'date-parts': [[Number(year[1] ?? year[3])]] },
    ...(suffix ? { 'year-suffix': suffix } : {}),
    ...(doi ? { DOI: doi } : {}),
  };
}

/** Each citation to the entry of its names and year (as citations resolve to works). */
function linkCitations(
  citations: readonly Citation[],
  entries: readonly ReferenceEntry[],
): (string | null)[] {
  const works: Work[] = entries.flatMap((e) =>
    e.csl
      ? [
          {
            citationKey: e.id,
            csl: e.csl,
            provenance: { kind: 'user' },
            confidence: null,
            citedAs: [],
            aliases: [],
            tags: [],
          },
        ]
      : [],
  );
  const index = buildWorkIndex(works);
  return citations.map((c) => resolveCitation(c, index));
}

/**
 * An entry through the reference-string parser (core/references/parse), keeping the year's
 * letter ("2011c") that tells an author's works of a year apart; the simple reading above when
 * the parser finds no title, author or year in it.
 */
function parseEntry(raw: string): CslItem | null {
  const { csl } = parseReferenceString(raw);
  const usable = csl.title || csl.author?.length || csl.issued;
  if (!usable) return parseReference(raw);
  const suffix = YEAR.exec(raw.replace(/\s+/g, ' '));
  const letter = suffix?.[2] ?? suffix?.[4];
  return letter && !csl['year-suffix'] ? { ...csl, 'year-suffix': letter } : csl;
}

/** The tools: headed lists, entries through the reference-string parser, author-year links. */
export const basicReferenceTools: ReferenceTools = {
  findReferenceList,
  parseReference: parseEntry,
  linkCitations,
};
