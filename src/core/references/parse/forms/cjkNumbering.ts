// Chinese, Japanese and Korean entries mark their numbers with a counter word: "第57卷" or "22권"
// is volume 57 or 22, "第47号", "제2호" issue 47 or 2, and "第5期" beside a volume issue 5. The mark says which field the
// number is, whatever the tagger, having seen few such entries, made of it ("第" run into the
// journal's name, "号" as the pages).
import type { Token } from '../tokens';
import { relabel, tokensIn } from './labelSpans';

const COUNTED =
  /(?:(?<![\p{Script=Han}\p{Script=Hangul}])(?:第|제)\s*)?(\d+)\s*([卷巻권期号號호])/gu;
const VOLUME_MARKS = new Set(['卷', '巻', '권']);
/** Labels the tagger may give a counted number that this rule corrects (not a title's words). */
const CORRECTABLE = new Set([
  'volume',
  'issue',
  'pages',
  'date',
  'other',
  'container-title',
  'note',
]);

const NUMBERING = new Set(['volume', 'issue', 'pages']);

/** Labels every counted number (with its marks) as the volume or the issue its counter names. */
export function cjkNumbering(text: string, tokens: readonly Token[], labels: string[]): void {
  const counted = [...text.matchAll(COUNTED)];
  const hasVolume = counted.some((m) => VOLUME_MARKS.has(m[2]!));
  for (const m of counted) {
    // A Chinese journal numbered by year and 期 alone: whether that number is a volume or an
    // issue is a matter of convention (the GROBID data says either), so the tagger's reading
    // stands; beside a 卷 it is the issue.
    if (m[2] === '期' && !hasVolume) continue;
    const inside = tokensIn(tokens, m.index, m.index + m[0].length);
    if (inside.length === 0 || !inside.every((i) => CORRECTABLE.has(labels[i]!))) continue;
    relabel(
      labels,
      tokens,
      m.index,
      m.index + m[0].length,
      VOLUME_MARKS.has(m[2]!) ? 'volume' : 'issue',
    );
    // The separators either side ("5期, 第57卷.") the tagger gave a number belong to no field.
    for (const i of [inside[0]! - 1, inside[inside.length - 1]! + 1]) {
      if (NUMBERING.has(labels[i] ?? '') && !/[\p{L}\p{N}]/u.test(tokens[i]!.text))
        labels[i] = 'other';
    }
  }
}
