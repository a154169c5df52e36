// Parses a note's Markdown into tokens (marked's lexer, GitHub flavour) with pandoc citations
// (`[@key, p. 3]`, `@key`) as tokens of their own. Nothing here produces HTML: the preview turns
// tokens into React elements and shows raw HTML as text.
import { Marked, type Token, type Tokens } from 'marked';

/** One cited work of a citation token. */
export interface CitedKey {
  key: string;
  locator: string | null;
}

/** A citation group (`[@a, p. 3; @b]`) or a bare `@key`. */
export interface CitationToken extends Tokens.Generic {
  type: 'citation';
  cites: CitedKey[];
}

// Pandoc: a key starts with a letter, digit or `_` and may contain internal punctuation.
const KEY = String.raw`[\p{L}\p{N}_](?:[\p{L}\p{N}_]|[:.#$%&\-+?<>~/](?=[\p{L}\p{N}_]))*`;
const GROUP = /^\[([^[\]]*@[^[\]]*)\](?!\()/u;
const ITEM = new RegExp(String.raw`^[^@]*?-?@(${KEY})(.*)$`, 'su');
const BARE = new RegExp(String.raw`^@(${KEY})(?:\s*\[([^[\]@]+)\])?`, 'u');
// Where a citation may start: a bracket holding an @, or an @ not preceded by a word character
// or dot (so e-mail addresses are not citations).
const START = new RegExp(String.raw`\[[^[\]]*@|(?<![\p{L}\p{N}_.@])@${KEY}`, 'u');

const cleanLocator = (raw: string): string | null => raw.replace(/^\s*,\s*/, '').trim() || null;

const citationExtension = {
  name: 'citation',
  level: 'inline' as const,
  start(src: string) {
    const m = START.exec(src);
    return m ? m.index : undefined;
  },
  tokenizer(src: string): CitationToken | undefined {
    const group = GROUP.exec(src);
    if (group) {
      const cites = (group[1] ?? '').split(';').flatMap((part) => {
        const m = ITEM.exec(part);
        return m?.[1] ? [{ key: m[1], locator: cleanLocator(m[2] ?? '') }] : [];
      });
      if (cites.length) return { type: 'citation', raw: group[0], cites };
      return undefined;
    }
    const bare = BARE.exec(src);
    if (bare?.[1]) {
      return {
        type: 'citation',
        raw: bare[0],
        cites: [{ key: bare[1], locator: bare[2] ? cleanLocator(bare[2]) : null }],
      };
    }
    return undefined;
  },
};

const marked = new Marked({ gfm: true, breaks: false, extensions: [citationExtension] } as never);

/** The tokens of a note's Markdown. */
export function lexNote(markdown: string): Token[] {
  return marked.lexer(markdown);
}

/** True for a citation token. */
export const isCitation = (token: Token): token is CitationToken => token.type === 'citation';

/**
 * Images the preview may show: only pictures embedded in the note itself (data: URLs of common
 * raster formats). Anything else would be fetched from somewhere, and Scholion fetches nothing.
 */
export function isLocalImage(href: string): boolean {
  return /^data:image\/(png|jpeg|gif|webp);base64,[a-z0-9+/=\s]+$/i.test(href);
}

/** Decodes the HTML entities marked leaves in text (`&amp;`, `&#233;`), without parsing markup. */
export function decodeEntities(text: string): string {
  if (!text.includes('&')) return text;
  const doc = new DOMParser().parseFromString(
    `<!doctype html><body><textarea>${text.replace(/</g, '&lt;')}</textarea>`,
    'text/html',
  );
  return doc.querySelector('textarea')?.value ?? text;
}

/** The note's text without Markdown marks, for excerpts in lists ("Why it matters RCPs spread…"). */
export function plainText(markdown: string): string {
  const inline = (tokens: readonly Token[]): string =>
    tokens
      .map((token) => {
        const t = token as Tokens.Generic;
        if (isCitation(token)) return token.cites.map((c) => `@${c.key}`).join('; ');
        if (t.type === 'image') return `[${t.text as string}]`;
        if (t.tokens?.length) return inline(t.tokens);
        return typeof t.text === 'string' ? decodeEntities(t.text) : '';
      })
      .join('');
  const blocks = (tokens: readonly Token[]): string[] =>
    tokens.flatMap((token) => {
      const t = token as Tokens.Generic;
      if (t.type === 'list') return (t.items as Tokens.ListItem[]).flatMap((i) => blocks(i.tokens));
      if (t.type === 'blockquote') return blocks(t.tokens ?? []);
      if (t.tokens) return [inline(t.tokens)];
      return typeof t.text === 'string' ? [t.text] : [];
    });
  return blocks(lexNote(markdown)).join(' ').replace(/\s+/g, ' ').trim();
}

/** The keys a note's Markdown cites (`[@a; @b]`, `@c`), each once, in order of appearance. */
export function citedKeys(markdown: string): string[] {
  const keys = new Set<string>();
  const visit = (node: unknown): void => {
    if (Array.isArray(node)) return node.forEach(visit);
    if (!node || typeof node !== 'object') return;
    const token = node as Record<string, unknown>;
    if (token.type === 'citation') for (const c of (token as CitationToken).cites) keys.add(c.key);
    // Inline tokens, list items and table cells hold the nested ones.
    for (const field of ['tokens', 'items', 'header', 'rows']) visit(token[field]);
  };
  visit(lexNote(markdown));
  return [...keys];
}
