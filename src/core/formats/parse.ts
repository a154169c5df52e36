/** Reads a bibliography file in any supported format, sniffing the format when not given. */
import { parseBib } from './bibtex/parse';
import { parseCslJson } from './csl/json';
import { parseRis } from './ris';
import type { ImportFormat, ParseResult } from './types';

/**
 * Guesses a file's format from its content: JSON for CSL-JSON, a `TY  - ` line for RIS,
 * otherwise .bib. Returns null when the text looks like none of them.
 */
export function sniffFormat(text: string): ImportFormat | null {
  const start = text.replace(/^\uFEFF/, '').trimStart();
  if (start.startsWith('[') || start.startsWith('{')) return 'csl-json';
  if (hasRisTag(text)) return 'ris';
  if (/@[ \t]*[A-Za-z]+[ \t]*[{(]/.test(text)) return 'bibtex';
  return null;
}

/** True when a line starts with a RIS record tag (`TY  - `); found with indexOf, not a regex. */
function hasRisTag(text: string): boolean {
  for (let at = text.indexOf('TY '); at !== -1; at = text.indexOf('TY ', at + 1)) {
    // `^` of a multiline regex: the start, or after \n, \r, U+2028 or U+2029.
    const before = at === 0 ? 10 : text.charCodeAt(at - 1);
    const lineStart = before === 10 || before === 13 || before === 0x2028 || before === 0x2029;
    if (lineStart && /^TY {1,2}- ?/.test(text.slice(at, at + 8))) return true;
  }
  return false;
}

/**
 * Parses a bibliography file (.bib BibTeX/BibLaTeX, RIS or CSL-JSON). Every readable entry is
 * returned; every unreadable one becomes an error naming its line and key, e.g.
 * "line 14: entry `smith2019`: missing closing brace: ...". Never throws on bad input.
 */
export function parseBibliographyFile(text: string, format?: ImportFormat): ParseResult {
  const chosen = format ?? sniffFormat(text);
  switch (chosen) {
    case 'bibtex':
      return parseBib(text);
    case 'ris':
      return parseRis(text);
    case 'csl-json':
      return parseCslJson(text);
    default:
      return {
        format: 'bibtex',
        entries: [],
        errors: [
          {
            line: 1,
            key: null,
            message:
              'line 1: this is not a bibliography file Scholion can read (expected .bib entries like @article{key, ...}, RIS records starting "TY  - ", or CSL-JSON)',
          },
        ],
      };
  }
}
