// The second pass of the reference tagger (stacking): features of the labels the first pass gave
// the whole entry — its neighbours' labels, which fields came before and after, where the first
// title run lies, what the next "sentence" was tagged — so that a token can be relabelled with what
// one token's view cannot see ("a container already appeared", "a journal-like part follows").
import { FeatureSink, template, type TokenFeatures } from './featureHash';
import { bucket, stopsBefore } from './entryLayout';
import { tokenFeatures } from './features';
import type { ReferenceTagger } from './tagger';
import type { Token } from './tokens';

const T = {
  y: template('y'),
  yPrev: template('y-1'),
  yNext: template('y+1'),
  yPrev2: template('y-2'),
  yNext2: template('y+2'),
  yTri: template('y-1|y|y+1'),
  yShape: template('y|s'),
  yWord: template('y|w'),
  seenBefore: template('y|seen<'),
  seenAfter: template('y|seen>'),
  titleSide: template('y|title-run'),
  titleRuns: template('y|title-runs'),
  containerRuns: template('y|container-runs'),
  nextPart: template('y|next-part'),
  prevPart: template('y|prev-part'),
  ownPart: template('y|own-part'),
  runLength: template('y|run'),
  runIndex: template('y|run-index'),
};

/** The fields whose presence before or after a token the second pass looks at. */
const WATCHED = [
  'title',
  'container-title',
  'collection-title',
  'editor',
  'publisher',
  'location',
  'volume',
  'pages',
  'date',
] as const;
const RUN_LENGTHS = [1, 2, 4, 8, 16] as const;
const START = '<s>';
const END = '</s>';

/** For each token, the label most of its "sentence" (tokens between stops, "other" aside) has. */
function partLabels(labels: readonly string[], stopsAt: Int32Array): string[] {
  const n = labels.length;
  const out = new Array<string>(n).fill('other');
  for (let from = 0; from < n;) {
    let to = from;
    while (to < n && stopsAt[to] === stopsAt[from]) to++;
    const counts = new Map<string, number>();
    for (let i = from; i < to; i++)
      if (labels[i] !== 'other') counts.set(labels[i]!, (counts.get(labels[i]!) ?? 0) + 1);
    let best = 'other';
    let most = 0;
    for (const [label, count] of counts) if (count > most) [best, most] = [label, count];
    for (let i = from; i < to; i++) out[i] = best;
    from = to;
  }
  return out;
}

/**
 * The second pass's features of every token, from the entry's text, tokens and the first pass's
 * labels (`edges` are the boundaries' classes, as in the first pass's features).
 */
export function stackedFeatures(
  raw: string,
  tokens: readonly Token[],
  labels: readonly string[],
  edges: Uint8Array,
): TokenFeatures {
  const n = tokens.length;
  const f = new FeatureSink();
  const stopsAt = stopsBefore(raw, tokens);
  const parts = partLabels(labels, stopsAt);
  // Runs of one label: each token's run number, the run's length, and per label how many runs.
  const run = new Int32Array(n);
  const runStart: number[] = [];
  for (let i = 0; i < n; i++) {
    if (i === 0 || labels[i] !== labels[i - 1]) runStart.push(i);
    run[i] = runStart.length - 1;
  }
  const runLength = (r: number): number => (runStart[r + 1] ?? n) - runStart[r]!;
  const runsOf = (label: string): number[] =>
    runStart.map((s, r) => (labels[s] === label ? r : -1)).filter((r) => r >= 0);
  const titleRuns = runsOf('title');
  const containerRuns = runsOf('container-title');
  const firstTitle = titleRuns[0] ?? -1;
  // Which watched fields appear before / after each token (bit k for WATCHED[k]).
  const bitOf = new Map<string, number>(WATCHED.map((l, k) => [l, 1 << k]));
  const before = new Int32Array(n);
  const after = new Int32Array(n);
  for (let i = 1; i < n; i++) before[i] = before[i - 1]! | (bitOf.get(labels[i - 1]!) ?? 0);
  for (let i = n - 2; i >= 0; i--) after[i] = after[i + 1]! | (bitOf.get(labels[i + 1]!) ?? 0);
  // Where each token's "sentence" starts and ends (the token after it).
  const partStart = new Int32Array(n);
  const partEnd = new Int32Array(n);
  for (let i = 1; i < n; i++) partStart[i] = stopsAt[i] === stopsAt[i - 1] ? partStart[i - 1]! : i;
  for (let i = n - 1; i >= 0; i--)
    partEnd[i] = i + 1 < n && stopsAt[i + 1] === stopsAt[i] ? partEnd[i + 1]! : i + 1;
  for (let i = 0; i < n; i++) {
    const y = labels[i]!;
    const w = tokens[i]!.text.toLowerCase();
    const yPrev = i > 0 ? labels[i - 1]! : START;
    const yNext = i + 1 < n ? labels[i + 1]! : END;
    f.text(T.y, y);
    f.text(T.yPrev, yPrev, y);
    f.text(T.yNext, y, yNext);
    f.text(T.yPrev2, i > 1 ? labels[i - 2]! : START, y);
    f.text(T.yNext2, y, i + 2 < n ? labels[i + 2]! : END);
    f.text(T.yTri, yPrev, y, yNext);
    f.text(T.yWord, y, w);
    for (let k = 0; k < WATCHED.length; k++) {
      if (before[i]! & (1 << k)) f.text(T.seenBefore, y, WATCHED[k]!);
      if (after[i]! & (1 << k)) f.text(T.seenAfter, y, WATCHED[k]!);
    }
    const r = run[i]!;
    f.ints(
      T.titleSide,
      firstTitle < 0 ? 3 : r < firstTitle ? 0 : r === firstTitle ? 1 : 2,
      undefined,
      y,
    );
    f.ints(T.titleRuns, Math.min(titleRuns.length, 3), titleRuns.indexOf(r) + 1, y);
    f.ints(T.containerRuns, Math.min(containerRuns.length, 3), containerRuns.indexOf(r) + 1, y);
    f.text(T.nextPart, y, partEnd[i]! < n ? parts[partEnd[i]!]! : END);
    f.text(T.prevPart, y, partStart[i]! > 0 ? parts[partStart[i]! - 1]! : START);
    f.text(T.ownPart, y, parts[i]!);
    f.ints(T.runLength, bucket(runLength(r), RUN_LENGTHS), undefined, y);
    f.ints(T.runIndex, Math.min(r, 8), undefined, y);
    f.endToken();
  }
  return f.finish(edges);
}

/**
 * Tags an entry's tokens with `tagger`: the first pass over the token features, then, where the
 * model has one, the second pass over the first pass's labels.
 */
export function tagTokens(
  tagger: ReferenceTagger,
  raw: string,
  tokens: readonly Token[],
): { labels: string[]; margins: number[] } {
  const features = tokenFeatures(raw, tokens, tagger.gazetteer);
  return tagger.tag(features, (first) => stackedFeatures(raw, tokens, first, features.edges));
}
