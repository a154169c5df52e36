// Builds the tagger's gazetteer (src/core/references/parse/gazetteer.ts) from the training entries:
// every container, publisher and place they tag. For the training entries' own features it builds
// one gazetteer per fold that leaves that fold's names out, so the tagger learns how far a match
// can be trusted on entries whose names it may not know (as on new data), not that every training
// journal is in the list.
import {
  GAZETTEER_KINDS,
  Gazetteer,
  MAX_NAME_WORDS,
  nameHash,
  nameWords,
  type GazetteerKind,
} from '../../src/core/references/parse/gazetteer';
import type { LabelledEntry } from './corpus';

const KIND_OF_LABEL: Record<string, GazetteerKind> = {
  'container-title': 'container',
  'collection-title': 'container',
  publisher: 'publisher',
  institution: 'publisher',
  location: 'place',
};
/** Words the corpora leave in front of a container ("In", "Dans"): not part of the name. */
const LEADING = new Set(['in', 'dans', 'im', 'en']);

/** Each name of an entry: its kind and hash. */
function entryNames(e: LabelledEntry): { kind: GazetteerKind; hash: number }[] {
  const out: { kind: GazetteerKind; hash: number }[] = [];
  for (let i = 0; i < e.labels.length;) {
    let j = i + 1;
    while (j < e.labels.length && e.labels[j] === e.labels[i]) j++;
    const kind = KIND_OF_LABEL[e.labels[i]!];
    if (kind) {
      const words = nameWords(e.tokens.slice(i, j));
      while (words.length > 1 && LEADING.has(words[0]!)) words.shift();
      if (words.length > 0 && words.length <= MAX_NAME_WORDS) {
        out.push({ kind, hash: nameHash(words) });
      }
    }
    i = j;
  }
  return out;
}

/**
 * Gazetteers by fold: `forFold(f)` knows the names of the entries of every fold but f
 * (`forFold(-1)`: of all entries).
 */
export function foldGazetteers(
  entries: readonly LabelledEntry[],
  foldOf: (e: LabelledEntry) => number,
): { forFold: (fold: number) => Gazetteer } {
  // kind:hash -> the folds it occurs in.
  const seen = new Map<string, Set<number>>();
  for (const e of entries) {
    for (const { kind, hash } of entryNames(e)) {
      const key = `${kind}:${hash}`;
      const folds = seen.get(key) ?? new Set<number>();
      folds.add(foldOf(e));
      seen.set(key, folds);
    }
  }
  const cache = new Map<number, Gazetteer>();
  return {
    forFold(fold) {
      const cached = cache.get(fold);
      if (cached) return cached;
      const names = Object.fromEntries(GAZETTEER_KINDS.map((k) => [k, [] as number[]])) as Record<
        GazetteerKind,
        number[]
      >;
      for (const [key, folds] of seen) {
        if (folds.size === 1 && folds.has(fold)) continue;
        const [kind, hash] = key.split(':') as [GazetteerKind, string];
        names[kind].push(Number(hash));
      }
      const gazetteer = new Gazetteer(names);
      cache.set(fold, gazetteer);
      return gazetteer;
    },
  };
}
