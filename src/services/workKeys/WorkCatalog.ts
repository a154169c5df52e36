/**
 * The works the library knows, as the notes, claims and lists services need them: does a key (or
 * alias) name a work, what is its canonical key, what label do links keep for it. Lookups are by
 * key, so a note save costs a few cached shard reads, not a scan of a 100,000-work library; the
 * full key list is read only to suggest close keys after a typo.
 */
import type { Work } from '../../core/bibliography/model';
import { closeMatches } from '../../core/userData/closeMatches';
import { workLabel } from '../../core/userData/labels';
import { ServiceError } from '../errors';

/** A work as links refer to it. */
export interface WorkRef {
  /** The canonical citation key. */
  key: string;
  /** "Betts 2011c — The Global Governance of Migration…" */
  label: string;
}

export interface WorkCatalog {
  /** For each key or alias that names a work, its canonical key and label (others are absent). */
  lookup(keys: readonly string[]): Promise<Map<string, WorkRef>>;
  /** Up to three known keys close to `key`, for "did you mean". */
  suggest(key: string): Promise<string[]>;
}

/** A key that names no work; `suggestions` are close keys. */
export class UnknownWorkKeyError extends ServiceError {
  constructor(
    readonly key: string,
    readonly suggestions: string[],
  ) {
    const hint = suggestions.length
      ? ` Did you mean ${suggestions.map((s) => `\`${s}\``).join(', ')}?`
      : ' Run `scholion citations` to see the keys of the bundled works.';
    super('unknown-work', `No work with key \`${key}\` in the library.${hint}`);
    this.name = 'UnknownWorkKeyError';
  }
}

/**
 * Resolves every key, throwing UnknownWorkKeyError (with suggestions) for the first that names
 * no work. The map is keyed by the keys as given.
 */
export async function requireWorks(
  catalog: WorkCatalog,
  keys: readonly string[],
): Promise<Map<string, WorkRef>> {
  const found = await catalog.lookup(keys);
  const missing = keys.find((k) => !found.has(k));
  if (missing !== undefined) {
    throw new UnknownWorkKeyError(missing, await catalog.suggest(missing));
  }
  return found;
}

/** An index of works by key and alias, with labels. */
export class WorkIndex {
  private readonly refs = new Map<string, WorkRef>();

  constructor(works: Iterable<Work>) {
    const list = [...works];
    for (const w of list) {
      this.refs.set(w.citationKey, {
        key: w.citationKey,
        label: workLabel(w.citationKey, w.csl, w.citedAs),
      });
    }
    // Aliases second, so that a real key always wins over another work's alias.
    for (const w of list) {
      const ref = this.refs.get(w.citationKey);
      for (const alias of w.aliases) if (ref && !this.refs.has(alias)) this.refs.set(alias, ref);
    }
  }

  get(key: string): WorkRef | undefined {
    return this.refs.get(key);
  }

  /** Canonical keys (aliases excluded). */
  *keys(): Iterable<string> {
    for (const [k, ref] of this.refs) if (ref.key === k) yield k;
  }
}

/** A catalog over a fixed set of works (tests, the bundled bibliography alone). */
export function catalogFromWorks(works: Iterable<Work>): WorkCatalog {
  const index = new WorkIndex(works);
  return {
    lookup: async (keys) => {
      const out = new Map<string, WorkRef>();
      for (const k of keys) {
        const ref = index.get(k);
        if (ref) out.set(k, ref);
      }
      return out;
    },
    suggest: async (key) => closeMatches(key, index.keys()),
  };
}
