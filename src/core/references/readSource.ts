// Reads a Markdown or plain-text paper for the analysis: what must not be scanned for citations
// (code, maths, comments), italic spans (titles) and Markdown footnotes, all as offsets into it.
import type { Span } from '../citations/grammar';
import type { NoteText } from './model';

/** A source prepared for scanning: offsets in `scan` are those of `text`. */
export interface PreparedSource {
  text: string;
  /** `text` with code, maths and comments blanked (same length, line breaks kept). */
  scan: string;
  italic: Span[];
  notes: NoteText[];
  /** Where the notes' definitions stand in `text`, to blank them when notes are read apart. */
  noteRegions: Span[];
}

const MASKED = [
  /^(`{3,}|~{3,})[^\n]*\n[\s\S]*?^\1[^\n]*$/gmu, // fenced code
  /<!--[\s\S]*?-->/gu, // HTML comments
  /\$\$[\s\S]+?\$\$/gu, // display maths
  /(?<![\\$\w])\$(?=\S)[^$\n]+?(?<=\S)\$(?![\w$])/gu, // inline maths
  /(`+)[^`\n][\s\S]*?\1/gu, // inline code
];

/** Replaces every character of `spans` in `text` with a space, keeping line breaks. */
export function blank(text: string, spans: ReadonlyArray<Span>): string {
  if (spans.length === 0) return text;
  const sorted = [...spans].sort((a, b) => a.start - b.start);
  const out: string[] = [];
  let at = 0;
  for (const s of sorted) {
    const start = Math.max(s.start, at);
    if (s.end <= start) continue;
    out.push(text.slice(at, start), text.slice(start, s.end).replace(/[^\n]/gu, ' '));
    at = s.end;
  }
  out.push(text.slice(at));
  return out.join('');
}

const ITALIC = /(?<![*\w\\])([*_])(?![\s*_])([^*_\n]+?)(?<![\s\\])\1(?![*\w])/gu;

const FOOTNOTE_DEFINITION = /^\[\^([^\]\s]{1,16})\]:[ \t]?/u;

/** Markdown footnote definitions: "[^3]: text", continued by indented or non-blank lines. */
function footnotes(text: string): { notes: NoteText[]; regions: Span[] } {
  const notes: NoteText[] = [];
  const regions: Span[] = [];
  const lines = text.split('\n');
  let at = 0;
  let current: { label: string; start: number; textStart: number; end: number } | null = null;
  const close = (): void => {
    if (!current) return;
    const body = text.slice(current.textStart, current.end);
    notes.push({
      id: `fn${notes.length + 1}`,
      label: current.label,
      text: body,
      offset: current.textStart,
    });
    regions.push({ start: current.start, end: current.end });
    current = null;
  };
  let sawBlank = false;
  for (const line of lines) {
    const m = FOOTNOTE_DEFINITION.exec(line);
    const end = at + line.length;
    if (m) {
      close();
      current = { label: m[1]!, start: at, textStart: at + m[0].length, end };
      sawBlank = false;
    } else if (current && line.trim() === '') {
      sawBlank = true;
    } else if (current && (!sawBlank || /^\s/u.test(line))) {
      // Lazy continuation lines, and indented paragraphs after a blank line, belong to the note.
      current.end = end;
      sawBlank = false;
    } else {
      close();
    }
    at = end + 1;
  }
  close();
  return { notes, regions };
}

/** Prepares a Markdown or plain-text source for the analysis. */
export function readSource(text: string): PreparedSource {
  const masked: Span[] = [];
  for (const re of MASKED) {
    for (const m of text.matchAll(re)) masked.push({ start: m.index, end: m.index + m[0].length });
  }
  const scan = blank(text, masked);
  const italic = [...scan.matchAll(ITALIC)].map((m) => ({
    start: m.index,
    end: m.index + m[0].length,
  }));
  const { notes, regions } = footnotes(scan);
  // Notes are found on the blanked text but keep their words as written.
  const written = notes.map((n) => ({
    ...n,
    text: text.slice(n.offset ?? 0, (n.offset ?? 0) + n.text.length),
  }));
  return { text, scan, italic, notes: written, noteRegions: regions };
}
