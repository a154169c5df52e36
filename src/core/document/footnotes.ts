// Footnote definitions (`<sup>n</sup> text`, `[^n]: text`) and their linking to body markers.
import type { Footnote } from './model';
import { parseInline } from './inline';
import type { RawBlock } from './rawBlocks';

/** A footnote's text as defined in the source. */
export interface FootnoteDefinition {
  label: string;
  text: string;
  /** 1-based source line. */
  line: number;
}

/** A body marker: its label and the block it stands in. */
export interface MarkerPlacement {
  label: string;
  blockId: string;
}

const DEFINITION_START = /^\s*(?:<sup>\s*([^<\s]{1,16})\s*<\/sup>|\[\^([^\]\s]{1,16})\]:)\s?(.*)$/i;

/**
 * Reads a paragraph that consists of footnote definitions (one per line starting with a
 * `<sup>n</sup>` or `[^n]:` label; other lines continue the previous footnote). Returns null when
 * the paragraph does not start with a definition: a body paragraph never starts with a marker.
 */
export function readFootnoteDefinitions(block: RawBlock): FootnoteDefinition[] | null {
  if (block.kind !== 'paragraph' || !DEFINITION_START.test(block.lines[0] ?? '')) return null;
  const raw: { label: string; lines: string[]; line: number }[] = [];
  block.lines.forEach((text, index) => {
    const start = DEFINITION_START.exec(text);
    if (start)
      raw.push({ label: start[1] ?? start[2]!, lines: [start[3]!], line: block.line + index });
    else raw[raw.length - 1]!.lines.push(text);
  });
  return raw.map((d) => ({
    label: d.label,
    text: parseInline(d.lines.join('\n')).text,
    line: d.line,
  }));
}

/**
 * Builds the footnote list. Footnotes are numbered "fn1", "fn2", … in the order their markers first
 * appear in the body; definitions nobody refers to follow, with `refBlockId: null`. A marker whose
 * text is not in the source gets a footnote with `text: ''` and `missing: true`.
 */
export function buildFootnotes(
  markers: readonly MarkerPlacement[],
  definitions: readonly FootnoteDefinition[],
): { footnotes: Footnote[]; idByLabel: Map<string, string> } {
  const textByLabel = new Map<string, string>();
  const extra: FootnoteDefinition[] = [];
  for (const d of definitions) {
    if (textByLabel.has(d.label)) extra.push(d);
    else textByLabel.set(d.label, d.text);
  }
  const footnotes: Footnote[] = [];
  const idByLabel = new Map<string, string>();
  const add = (label: string, text: string | undefined, refBlockId: string | null): string => {
    const id = `fn${footnotes.length + 1}`;
    footnotes.push({ id, label, text: text ?? '', refBlockId, missing: text === undefined });
    return id;
  };
  for (const m of markers) {
    if (!idByLabel.has(m.label))
      idByLabel.set(m.label, add(m.label, textByLabel.get(m.label), m.blockId));
  }
  for (const [label, text] of textByLabel) if (!idByLabel.has(label)) add(label, text, null);
  // A label defined twice (e.g. numbering restarting) keeps every text rather than losing one.
  for (const d of extra) add(d.label, d.text, null);
  return { footnotes, idByLabel };
}
