// Builds small ParsedDocuments for claim tests.
import type { Block, ParsedDocument } from '../../../src/core/document/model';

export interface BlockSpec {
  kind?: 'paragraph' | 'blockquote' | 'heading';
  text: string;
  sectionId?: string | null;
}

/** A document whose blocks are `specs`, joined by "\n\n" as the real parser does. */
export function docOf(specs: ReadonlyArray<BlockSpec | string>): ParsedDocument {
  const blocks: Block[] = [];
  let at = 0;
  specs.forEach((spec, k) => {
    const {
      kind = 'paragraph',
      text,
      sectionId = 's1',
    } = typeof spec === 'string' ? { text: spec } : spec;
    const base = { id: `b${k + 1}`, start: at, end: at + text.length, text, sectionId };
    const common = { ...base, emphasis: [], footnoteRefs: [] };
    if (kind === 'heading') blocks.push({ ...common, kind, level: 2 });
    else if (kind === 'blockquote') blocks.push({ ...common, kind });
    else blocks.push({ ...common, kind, joinedFromParts: 1 });
    at += text.length + 2;
  });
  return {
    meta: {
      title: 'T',
      authors: [],
      kind: 'article',
      conference: null,
      frontMatter: [],
      excerpt: null,
    },
    abstract: null,
    text: blocks.map((b) => b.text).join('\n\n'),
    blocks,
    sections: [],
    footnotes: [],
  };
}

/** The sentences of `text` as strings. */
export function sentencesOf(text: string, spans: Array<{ start: number; end: number }>): string[] {
  return spans.map((s) => text.slice(s.start, s.end));
}
