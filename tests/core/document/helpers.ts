// Shared helpers for the document parser tests: the bundled paper and the offset invariants.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { expect } from 'vitest';
import type { ParsedDocument } from '../../../src/core/document';

const PAPER = fileURLToPath(
  new URL(
    '../../../resources/lavenex-panizzon-2013-multilayered-migration-governance.md',
    import.meta.url,
  ),
);

/** The bundled paper's raw source, as received. */
export function paperSource(): string {
  return readFileSync(PAPER, 'utf8');
}

/** Checks every offset of `doc` against its text: blocks, spans, markers, sections, excerpt. */
export function expectConsistentOffsets(doc: ParsedDocument): void {
  expect(doc.text).toBe(doc.blocks.map((b) => b.text).join('\n\n'));
  doc.blocks.forEach((block, index) => {
    expect(block.id).toBe(`b${index + 1}`);
    expect(doc.text.slice(block.start, block.end)).toBe(block.text);
    for (const span of block.emphasis) {
      expect(span.start).toBeGreaterThanOrEqual(block.start);
      expect(span.end).toBeLessThanOrEqual(block.end);
      expect(span.end).toBeGreaterThan(span.start);
    }
    for (const ref of block.footnoteRefs) {
      expect(ref.offset).toBeGreaterThanOrEqual(block.start);
      expect(ref.offset).toBeLessThanOrEqual(block.end);
      expect(doc.footnotes.some((f) => f.id === ref.footnoteId && f.label === ref.label)).toBe(
        true,
      );
    }
  });
  doc.sections.forEach((section, index) => {
    expect(section.id).toBe(`s${index + 1}`);
    const heading = doc.blocks.find((b) => b.id === section.headingBlockId);
    expect(heading?.kind).toBe('heading');
    expect(section.start).toBe(heading?.start);
    expect(section.end).toBeGreaterThanOrEqual(heading?.end ?? Infinity);
    expect(section.end).toBeLessThanOrEqual(doc.text.length);
  });
  if (doc.meta.excerpt) expect(doc.meta.excerpt.endsAt).toBe(doc.text.length);
}
