/** A note's Markdown with the citations of one key made to cite another (`[@old]` -> `[@new]`). */
import { findMarkdownCitations } from '../userData/markdownKeys';

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * `markdown` with every citation of `from` (bracketed or bare, as `findMarkdownCitations` finds
 * them: code and URLs are left alone) citing `to` instead. Other text is unchanged.
 */
export function renameMarkdownKey(markdown: string, from: string, to: string): string {
  const spans = new Map<number, number>();
  for (const c of findMarkdownCitations(markdown)) if (c.key === from) spans.set(c.start, c.end);
  if (spans.size === 0) return markdown;
  // The key ends where pandoc's key grammar ends: not before a letter, digit or inner punctuation.
  const pattern = new RegExp(
    `@${escape(from)}(?![\\p{L}\\p{N}_]|[:.#$%&\\-+?<>~/][\\p{L}\\p{N}_])`,
    'gu',
  );
  let out = markdown;
  for (const [start, end] of [...spans].sort((a, b) => b[0] - a[0])) {
    out = out.slice(0, start) + out.slice(start, end).replace(pattern, `@${to}`) + out.slice(end);
  }
  return out;
}
