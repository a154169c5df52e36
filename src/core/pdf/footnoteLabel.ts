// The label a footnote is printed with: its raised marker, else a number or symbol it opens with.
import type { PdfPassage } from './model';

/** The footnote's label ("3", "*", "a"), or '' when it has none. */
export function footnoteLabel(passage: PdfPassage): string {
  const raised = passage.marks.find((m) => m.start === 0);
  if (raised) return raised.label;
  return /^(\d{1,2}|[*†‡§¶])/.exec(passage.text)?.[1] ?? '';
}
