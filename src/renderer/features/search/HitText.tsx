// A hit's title or snippet with the matched words marked (built as elements, never as HTML).
import type { Highlight } from '../../../shared/contract';

interface Props {
  text: string;
  highlights: readonly Highlight[];
  field: Highlight['field'];
}

/** `text` with the `field`'s highlight ranges wrapped in <mark>. */
export function HitText({ text, highlights, field }: Props) {
  const ranges = highlights
    .filter((h) => h.field === field && h.end > h.start && h.start < text.length)
    .sort((a, b) => a.start - b.start);
  const parts: React.ReactNode[] = [];
  let at = 0;
  for (const { start, end } of ranges) {
    if (start < at) continue; // overlapping ranges: the first wins
    if (start > at) parts.push(text.slice(at, start));
    parts.push(
      <mark key={start} className="hit-mark">
        {text.slice(start, Math.min(end, text.length))}
      </mark>,
    );
    at = Math.min(end, text.length);
  }
  if (at < text.length) parts.push(text.slice(at));
  return <>{parts}</>;
}
