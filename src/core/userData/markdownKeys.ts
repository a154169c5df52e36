/**
 * Finds pandoc-style citation keys in a note's Markdown: `[@betts2011c]`, `[see @a, p. 41; @b]`,
 * `@kohler2011` and `@kohler2011 [p. 3]`. Code, link destinations and URLs are ignored, and so
 * are e-mail addresses, which is why an `@` preceded by a word character never starts a key.
 */

export interface MarkdownCitation {
  key: string;
  /** Locator as written ("p. 41"), or null. */
  locator: string | null;
  /** Offsets of the citation (bracket group or bare `@key`) in the Markdown. */
  start: number;
  end: number;
}

// Pandoc: a key starts with a letter, digit or `_` and may contain internal punctuation.
const KEY = String.raw`[\p{L}\p{N}_](?:[\p{L}\p{N}_]|[:.#$%&\-+?<>~/](?=[\p{L}\p{N}_]))*`;
const BRACKET_GROUP = /\[([^[\]]*@[^[\]]*)\](?!\()/gu;
const ITEM = new RegExp(String.raw`^[^@]*?-?@(${KEY})(.*)$`, 'su');
const BARE = new RegExp(String.raw`(?<![\p{L}\p{N}_.@])@(${KEY})(\s*\[([^[\]@]+)\])?`, 'gu');

/**
 * Replaces what cannot hold a citation with spaces, keeping offsets: code (fenced blocks and
 * inline spans), link destinations `](…)` and URLs (`https://example.org/@handle` is no key).
 */
function blankNonProse(markdown: string): string {
  const blank = (m: string) => m.replace(/[^\n]/g, ' ');
  return markdown
    .replace(/^(```|~~~)[^\n]*\n[\s\S]*?(^\1[^\n]*$|(?![\s\S]))/gm, blank)
    .replace(/(`+)[^`\n][\s\S]*?\1/g, blank)
    .replace(/\]\([^)\n]*\)/g, (m) => `](${blank(m.slice(2, -1))})`)
    .replace(/\b(?:https?|ftp|mailto):[^\s<>\])]+/gi, blank);
}

function cleanLocator(raw: string): string | null {
  const text = raw.replace(/^\s*,\s*/, '').trim();
  return text ? text : null;
}

/** Every citation in the Markdown, in order of appearance. */
export function findMarkdownCitations(markdown: string): MarkdownCitation[] {
  let text = blankNonProse(markdown);
  const found: MarkdownCitation[] = [];
  for (const group of text.matchAll(BRACKET_GROUP)) {
    const start = group.index;
    const end = start + group[0].length;
    for (const part of (group[1] ?? '').split(';')) {
      const m = ITEM.exec(part);
      if (m?.[1]) found.push({ key: m[1], locator: cleanLocator(m[2] ?? ''), start, end });
    }
  }
  // Blank the bracket groups so their keys are not found again as bare citations.
  text = text.replace(BRACKET_GROUP, (m) => ' '.repeat(m.length));
  for (const m of text.matchAll(BARE)) {
    if (!m[1]) continue;
    found.push({
      key: m[1],
      locator: m[3] ? cleanLocator(m[3]) : null,
      start: m.index,
      end: m.index + m[0].length,
    });
  }
  return found.sort((a, b) => a.start - b.start);
}

/** The distinct keys cited in the Markdown, each with its first locator, in order. */
export function markdownCitationKeys(markdown: string): { key: string; locator: string | null }[] {
  const byKey = new Map<string, string | null>();
  for (const c of findMarkdownCitations(markdown)) {
    if (!byKey.has(c.key)) byKey.set(c.key, c.locator);
  }
  return [...byKey].map(([key, locator]) => ({ key, locator }));
}
