/**
 * The bibliography filter over one version of the table's rows: which rows contain every typed
 * word. Answered from a `FilterIndex` once it is built (in the background: about a second at
 * 100,000 works), and until then by reading the rows' texts, narrowed from the last answer while
 * the user types on. Both give the same rows.
 */
import {
  FilterIndex,
  filterNarrows,
  filterWords,
  matchesFilterText,
  type RowMatches,
  type RowTexts,
} from '../../core/bibliography';

export class WorkFilter {
  private index: FilterIndex | null = null;
  private building: Promise<FilterIndex> | null = null;
  private last: { key: string; words: string[][]; matches: RowMatches } | null = null;

  /** `texts`: each row's folded filter text (`workFilterText`), in row order. */
  constructor(private readonly texts: RowTexts) {}

  /** Starts building the index (once); resolves when it is ready. */
  prepare(): Promise<void> {
    this.building ??= FilterIndex.build(this.texts).then((index) => (this.index = index));
    return this.building.then(() => undefined);
  }

  /** Which rows contain every word of `filter` (null: no word, so all of them). */
  matches(filter: string): RowMatches | null {
    const words = filterWords(filter);
    if (words.length === 0) return null;
    const key = words.map((w) => w.join('|')).join(' ');
    if (this.last?.key === key) return this.last.matches;
    void this.prepare();
    const matches = this.index ? this.index.matches(words) : this.scan(words);
    if (!matches) return null;
    this.last = { key, words, matches };
    return matches;
  }

  /** Reads the texts; typing on ("pan" -> "pani") tests only the rows the last filter kept. */
  private scan(words: string[][]): RowMatches {
    const texts = this.texts;
    const matches = new Uint8Array(texts.length);
    const within = this.last && filterNarrows(this.last.words, words) ? this.last.matches : null;
    for (let i = 0; i < texts.length; i++) {
      if (within && !within[i]) continue;
      matches[i] = matchesFilterText(texts.at(i)!, words) ? 1 : 0;
    }
    return matches;
  }
}
