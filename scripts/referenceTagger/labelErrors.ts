// Where the tagger's token labels differ from the gold labels of a split: counts by (gold,
// predicted) label pair over word tokens, with how many entries each pair touches and one example
// entry, and the entries whose word tokens are all labelled right. Punctuation is left out: its
// labels are absorbed into the neighbouring fields either way (corpus.ts, segments.ts).

/** One entry's tokens with their gold and predicted labels. */
export interface LabelledTokens {
  /** The entry's line in its corpus. */
  line: number;
  tokens: readonly string[];
  gold: readonly string[];
  predicted: readonly string[];
}

/** One (gold, predicted) label pair the tagger confused. */
export interface Confusion {
  gold: string;
  predicted: string;
  /** Word tokens with this gold label that got this predicted one. */
  tokens: number;
  /** Entries with at least one such token. */
  entries: number;
  /** The line of the first such entry. */
  exampleLine: number;
}

export interface LabelErrorReport {
  entries: number;
  /** Entries whose word tokens all carry their gold label. */
  exactEntries: number;
  wordTokens: number;
  wrongWordTokens: number;
  /** Most tokens first (ties: most entries, then by label names). */
  confusions: Confusion[];
}

const WORD = /[\p{L}\p{N}]/u;

/** The label errors of `entries` (see the file's header). */
export function labelErrors(entries: readonly LabelledTokens[]): LabelErrorReport {
  const pairs = new Map<string, Confusion>();
  let exactEntries = 0;
  let wordTokens = 0;
  let wrongWordTokens = 0;
  for (const e of entries) {
    const seen = new Set<string>();
    e.tokens.forEach((text, i) => {
      if (!WORD.test(text)) return;
      wordTokens++;
      const gold = e.gold[i]!;
      const predicted = e.predicted[i]!;
      if (gold === predicted) return;
      wrongWordTokens++;
      const key = `${gold}\u0000${predicted}`;
      const pair = pairs.get(key) ?? {
        gold,
        predicted,
        tokens: 0,
        entries: 0,
        exampleLine: e.line,
      };
      pair.tokens++;
      if (!seen.has(key)) pair.entries++;
      seen.add(key);
      pairs.set(key, pair);
    });
    if (seen.size === 0) exactEntries++;
  }
  const confusions = [...pairs.values()].sort(
    (a, b) =>
      b.tokens - a.tokens ||
      b.entries - a.entries ||
      a.gold.localeCompare(b.gold) ||
      a.predicted.localeCompare(b.predicted),
  );
  return { entries: entries.length, exactEntries, wordTokens, wrongWordTokens, confusions };
}

/** `tokens` with each wrongly labelled word marked "[word|gold>predicted]", for reading an entry. */
export function markedEntry(e: LabelledTokens): string {
  return e.tokens
    .map((text, i) =>
      WORD.test(text) && e.gold[i] !== e.predicted[i]
        ? `[${text}|${e.gold[i]}>${e.predicted[i]}]`
        : text,
    )
    .join(' ');
}
