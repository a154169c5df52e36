// The words of headings papers share: those of a reference list, of back matter that ends one,
// and of the usual sections. One list for the reference analysis and the plain-text reader.

/** Headings of a reference list, lower case, in the languages papers are commonly written in. */
export const LIST_HEADINGS: ReadonlySet<string> = new Set([
  'references',
  'reference list',
  'list of references',
  'references cited',
  'literature cited',
  'cited literature',
  'works cited',
  'works consulted',
  'bibliography',
  'select bibliography',
  'selected bibliography',
  'sources',
  'literature',
  'literatur',
  'literaturverzeichnis',
  'quellen',
  'références',
  'références bibliographiques',
  'bibliographie',
  'bibliografía',
  'bibliografia',
  'referencias',
  'referencias bibliográficas',
  'referências',
  'riferimenti bibliografici',
  'literatuur',
  'referenties',
]);

/** Headings that end a reference list when they follow it. */
export const BACK_MATTER: ReadonlySet<string> = new Set([
  'appendix',
  'appendices',
  'notes',
  'endnotes',
  'footnotes',
  'acknowledgements',
  'acknowledgments',
  'funding',
  'author contributions',
  'conflict of interest',
  'conflicts of interest',
  'competing interests',
  'data availability',
  'supplementary material',
  'supporting information',
  'figures',
  'tables',
  'about the authors',
  'biographies',
  'anhang',
  'annexe',
]);

/** The sections most papers have, lower case (a plain-text line with only these is a heading). */
export const SECTION_HEADINGS: ReadonlySet<string> = new Set([
  'abstract',
  'summary',
  'introduction',
  'background',
  'literature review',
  'theory',
  'theoretical framework',
  'data',
  'data and methods',
  'method',
  'methods',
  'methodology',
  'materials and methods',
  'results',
  'findings',
  'analysis',
  'discussion',
  'results and discussion',
  'conclusion',
  'conclusions',
  'concluding remarks',
  'limitations',
  'policy implications',
]);

/**
 * The words of a heading line, lower case, without Markdown `#`s, bold around it, a section
 * number ("7.", "2.1", "IV.") or a closing colon or full stop: "## 7. References" -> "references".
 * Null for an empty line or one too long to be a heading.
 */
export function headingWordsOf(line: string): { words: string; level: number } | null {
  let s = line.trim();
  const hashes = /^(#{1,6})\s+/u.exec(s);
  const level = hashes?.[1]?.length ?? 0;
  if (hashes) s = s.slice(hashes[0].length);
  s = s
    .replace(/^(?:\*\*|__)(.*)(?:\*\*|__)$/u, '$1')
    .replace(/^(?:\d+(?:\.\d+)*\.?|[IVXLC]+\.)\s+/u, '')
    .replace(/[:.]$/u, '')
    .trim()
    .toLowerCase();
  if (s === '' || s.length > 40) return null;
  return { words: s, level };
}
