// Joins paragraphs that a page break split mid-sentence.
import { joinInline, type InlineText } from './inline';
import { endsComplete, startsAsContinuation } from './punctuation';

/** A body block after inline parsing, before ids and offsets are assigned. */
export interface BodyUnit {
  kind: 'heading' | 'paragraph' | 'blockquote';
  /** Heading level; 0 for other kinds. */
  level: number;
  inline: InlineText;
  /** How many source paragraphs this unit was joined from (1 when not joined). */
  parts: number;
  /** 1-based source line where the unit starts. */
  line: number;
}

/**
 * Joins each paragraph that ends without terminal punctuation to the next paragraph when that one
 * starts in lower case or with an opening quote: the pair is one paragraph split by a page break.
 * Footnote blocks between the parts were already removed by the caller, so the rule applies across
 * them. Headings and block quotes never join.
 */
export function joinPageBreaks(units: readonly BodyUnit[]): BodyUnit[] {
  const out: BodyUnit[] = [];
  for (const unit of units) {
    const previous = out[out.length - 1];
    if (
      previous?.kind === 'paragraph' &&
      unit.kind === 'paragraph' &&
      !endsComplete(previous.inline.text) &&
      startsAsContinuation(unit.inline.text)
    ) {
      out[out.length - 1] = {
        ...previous,
        inline: joinInline(previous.inline, unit.inline),
        parts: previous.parts + unit.parts,
      };
    } else {
      out.push(unit);
    }
  }
  return out;
}
