// Lays body units out as one text with offsets: blocks, sections and footnote references.
import type { Block, FootnoteRef, InlineSpan, Section } from './model';
import type { BodyUnit } from './pageBreaks';

/** Separator between blocks in `ParsedDocument.text`. */
export const BLOCK_SEPARATOR = '\n\n';

/** Block id for the unit at `index` (0-based): "b1", "b2", … */
export function blockId(index: number): string {
  return `b${index + 1}`;
}

/** Document text, blocks and sections built from body units. */
export interface AssembledBody {
  text: string;
  blocks: Block[];
  sections: Section[];
}

/**
 * Concatenates the units' texts with `BLOCK_SEPARATOR`, turning relative spans and markers into
 * document offsets. Each heading opens a section ("s1", …) that runs to the next heading of the
 * same or a higher level; every block belongs to the innermost section open at its position.
 */
export function assembleBody(
  units: readonly BodyUnit[],
  footnoteIdByLabel: ReadonlyMap<string, string>,
): AssembledBody {
  const blocks: Block[] = [];
  const sections: Section[] = [];
  let text = '';
  let sectionId: string | null = null;

  units.forEach((unit, index) => {
    if (index > 0) text += BLOCK_SEPARATOR;
    const start = text.length;
    text += unit.inline.text;
    const emphasis: InlineSpan[] = unit.inline.emphasis.map((s) => ({
      start: start + s.start,
      end: start + s.end,
      style: s.style,
    }));
    const footnoteRefs: FootnoteRef[] = unit.inline.markers.map((m) => ({
      label: m.label,
      offset: start + m.offset,
      footnoteId: footnoteIdByLabel.get(m.label) ?? '',
    }));
    const id = blockId(index);
    if (unit.kind === 'heading') {
      sectionId = `s${sections.length + 1}`;
      sections.push({
        id: sectionId,
        title: unit.inline.text,
        level: unit.level,
        headingBlockId: id,
        start,
        end: text.length,
      });
    }
    const base = {
      id,
      start,
      end: text.length,
      text: unit.inline.text,
      emphasis,
      footnoteRefs,
      sectionId,
    };
    if (unit.kind === 'heading') blocks.push({ ...base, kind: 'heading', level: unit.level });
    else if (unit.kind === 'paragraph')
      blocks.push({ ...base, kind: 'paragraph', joinedFromParts: unit.parts });
    else blocks.push({ ...base, kind: 'blockquote' });
  });

  setSectionEnds(sections, blocks, text.length);
  return { text, blocks, sections };
}

/**
 * Ends each section at the last block before the next heading of the same or a higher level.
 * Sections and blocks are in text order, so one pass each (a book has hundreds of sections and
 * thousands of blocks).
 */
function setSectionEnds(sections: Section[], blocks: readonly Block[], textEnd: number): void {
  sections.forEach((section, i) => {
    let next: Section | undefined;
    for (let k = i + 1; k < sections.length && !next; k++) {
      const s = sections[k]!;
      if (s.start > section.start && s.level <= section.level) next = s;
    }
    if (!next) {
      section.end = textEnd;
      return;
    }
    const last = lastBlockEndingBy(blocks, next.start);
    if (last) section.end = last.end;
  });
}

/** The last block (in text order) that ends at or before `offset`, by binary search. */
function lastBlockEndingBy(blocks: readonly Block[], offset: number): Block | undefined {
  let lo = 0;
  let hi = blocks.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (blocks[mid]!.end <= offset) lo = mid + 1;
    else hi = mid;
  }
  return blocks[lo - 1];
}
