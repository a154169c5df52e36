// A note's excerpt for a list row or a backlink, from the start of its body that summaries carry.
import type { NoteSummary } from '../../../shared/contract';
import { excerptAround } from '../../api/paperIndex';
import { plainText } from './markdown';

/** The first `radius` or so characters of the note's text (Markdown removed), '…' when cut. */
export function noteExcerpt(note: Pick<NoteSummary, 'lead' | 'truncated'>, radius: number): string {
  const text = plainText(note.lead);
  if (!text) return '';
  const excerpt = excerptAround(text, 0, 0, radius);
  return note.truncated && !excerpt.endsWith('…') ? `${excerpt}…` : excerpt;
}
