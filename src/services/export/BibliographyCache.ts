/**
 * Formatted bibliography entries kept in the data folder, so that a bibliography of 1,000 works
 * is assembled, not rendered: `.cache/bibliography-<style>-<locale>-<format>.json` holds each
 * work's entry and sort keys under a digest of its record (core/formats csl/assemble.ts). When
 * works change (the store's `{ collection, ids }` events), their entries are rendered again in
 * the background for every style the user has formatted with. Like every cache it is never the
 * truth: a missing, damaged or stale file (another style or locale XML, another renderer) is
 * ignored and rebuilt, and the output is byte for byte that of a fresh render.
 */
import type { Work } from '../../core/bibliography/model';
import {
  canPrepareEntries,
  entryDigest,
  formatBibliographyFrom,
  prepareEntries,
  preparedEntriesVersion,
  LOCALE_IDS,
  OUTPUT_FORMAT_IDS,
  STYLE_IDS,
  type FormatOptions,
  type LocaleId,
  type OutputFormat,
  type PreparedEntries,
  type PreparedEntry,
  type StyleId,
} from '../../core/formats';
import type { DerivedCache, UserDataStore } from '../../store';
import { loadBundledCsl } from './cslResources';

/** Entries kept per style, locale and format; beyond it the oldest go (a few tens of MB). */
const MAX_ENTRIES = 200_000;
/** Works rendered between two turns of the event loop in the background (~50 ms). */
const BACKGROUND_CHUNK = 50;

/** One style, locale and output format: what a kept set of entries is for. */
export interface EntryKind {
  style: StyleId;
  locale?: LocaleId;
  format: OutputFormat;
}

/** What the user formats with before asking for anything else: APA as text. */
const DEFAULT_KINDS: readonly EntryKind[] = [{ style: 'apa', format: 'text' }];

type StoredEntries = Record<string, [string, ...(string | null)[]]>;

const isStoredEntries = (value: unknown): value is StoredEntries =>
  typeof value === 'object' &&
  value !== null &&
  !Array.isArray(value) &&
  Object.values(value).every(
    (row) =>
      Array.isArray(row) &&
      row.length >= 1 &&
      row.every((cell) => typeof cell === 'string' || cell === null),
  );

const isKinds = (value: unknown): value is EntryKind[] =>
  Array.isArray(value) &&
  value.every(
    (k: Partial<EntryKind> | null) =>
      typeof k === 'object' &&
      k !== null &&
      STYLE_IDS.includes(k.style as StyleId) &&
      OUTPUT_FORMAT_IDS.includes(k.format as OutputFormat) &&
      (k.locale === undefined || LOCALE_IDS.includes(k.locale)),
  );

/** The entries of one kind, in memory, with the file they are kept in. */
class KeptEntries implements PreparedEntries {
  private readonly entries = new Map<string, PreparedEntry>();
  changed = false;

  constructor(
    readonly file: DerivedCache<StoredEntries>,
    readonly version: string,
  ) {}

  get(digest: string): PreparedEntry | undefined {
    return this.entries.get(digest);
  }

  has(digest: string): boolean {
    return this.entries.has(digest);
  }

  set(digest: string, entry: PreparedEntry): void {
    this.entries.delete(digest); // re-inserted: the newest entries are the last to go
    this.entries.set(digest, entry);
    if (this.entries.size > MAX_ENTRIES) {
      this.entries.delete(this.entries.keys().next().value!);
    }
    this.changed = true;
  }

  load(stored: StoredEntries): void {
    for (const [digest, [entry, ...sortKeys]] of Object.entries(stored)) {
      this.entries.set(digest, { entry, sortKeys });
    }
  }

  toStored(): StoredEntries {
    const out: StoredEntries = {};
    for (const [digest, { entry, sortKeys }] of this.entries) out[digest] = [entry, ...sortKeys];
    return out;
  }
}

const kindName = (k: EntryKind): string =>
  `bibliography-${k.style}-${k.locale ?? 'default'}-${k.format}`;

export class BibliographyCache {
  private readonly kept = new Map<string, Promise<KeptEntries>>();
  private readonly kindsFile: DerivedCache<EntryKind[]>;
  private kinds: Promise<EntryKind[]> | null = null;
  /** Keys of works changed since their entries were last rendered (null: any may have). */
  private pending: Set<string> | null = new Set();
  private running: Promise<void> | null = null;
  private closed = false;

  constructor(
    private readonly userData: UserDataStore,
    /**
     * The library's works with these keys as they are now (null: every work, bundled and
     * stored); keys that name no work are left out.
     */
    private readonly works: (keys: readonly string[] | null) => Promise<readonly Work[]>,
    private readonly opts: { resourcesDir?: string } = {},
  ) {
    this.kindsFile = userData.derived('bibliography-kinds', isKinds);
  }

  /**
   * The formatted bibliography of `works`, as formatBibliography renders it, from the kept
   * entries (works not kept yet are rendered now and kept).
   */
  async format(works: readonly Work[], opts: FormatOptions): Promise<string> {
    loadBundledCsl(this.opts.resourcesDir);
    const kind: EntryKind = { style: opts.style, format: opts.format, locale: opts.locale };
    const entries = await this.entriesOf(kind);
    const out = formatBibliographyFrom(works, opts, entries);
    await this.remember(kind);
    if (entries.changed) await this.save(entries);
    return out;
  }

  /**
   * Renders the entries of changed works in the background, for every kind the user formats
   * with, whenever the store says works changed. Returns the function that stops it.
   */
  follow(): () => void {
    return this.userData.changes.subscribe(({ collection, ids }) => {
      if (collection !== 'works') return;
      if (ids === null) this.pending = null;
      else if (this.pending) for (const id of ids) this.pending.add(id);
      this.kick();
    });
  }

  /** Resolves when the background rendering has caught up and its files are written. */
  async settled(): Promise<void> {
    while (this.running) await this.running;
  }

  /** Stops rendering in the background (what is done so far is written). */
  async close(): Promise<void> {
    this.closed = true;
    await this.settled();
  }

  private kick(): void {
    if (this.running || this.closed) return;
    this.running = this.refresh()
      .catch((error: unknown) => console.error('Scholion: could not pre-render entries', error))
      .finally(() => {
        this.running = null;
        if (this.pending === null || this.pending.size > 0) this.kick();
      });
  }

  /** Renders the entries of the works changed since the last pass, a chunk at a time. */
  private async refresh(): Promise<void> {
    const keys = this.pending;
    this.pending = new Set();
    // Only the changed works are read: one edit in a large library reads one works file.
    const changed = await this.works(keys === null ? null : [...keys]);
    if (changed.length === 0) return;
    loadBundledCsl(this.opts.resourcesDir);
    for (const kind of await this.kindsInUse()) {
      if (!canPrepareEntries(kind.style, kind.locale)) continue;
      const entries = await this.entriesOf(kind);
      const todo = changed.filter((w) => !entries.has(entryDigest(w)));
      for (let i = 0; i < todo.length && !this.closed; i += BACKGROUND_CHUNK) {
        prepareEntries(todo.slice(i, i + BACKGROUND_CHUNK), kind, entries);
        await new Promise((resolve) => setImmediate(resolve));
      }
      if (entries.changed) await this.save(entries);
    }
  }

  private entriesOf(kind: EntryKind): Promise<KeptEntries> {
    const name = kindName(kind);
    const version = preparedEntriesVersion(kind.style);
    let entries = this.kept.get(name);
    if (!entries) {
      entries = (async () => {
        const file = this.userData.derived(name, isStoredEntries);
        const kept = new KeptEntries(file, version);
        const stored = await file.read(version);
        if (stored) kept.load(stored);
        return kept;
      })();
      this.kept.set(name, entries);
    }
    return entries.then((kept) => {
      if (kept.version === version) return kept;
      this.kept.delete(name); // the style or a locale was registered again: start afresh
      return this.entriesOf(kind);
    });
  }

  private kindsInUse(): Promise<EntryKind[]> {
    this.kinds ??= this.kindsFile.read('v1').then((k) => k ?? [...DEFAULT_KINDS]);
    return this.kinds;
  }

  /** Adds `kind` to the kinds kept up to date in the background. */
  private async remember(kind: EntryKind): Promise<void> {
    const kinds = await this.kindsInUse();
    if (kinds.some((k) => kindName(k) === kindName(kind))) return;
    kinds.push(kind.locale === undefined ? { style: kind.style, format: kind.format } : kind);
    await this.kindsFile.write('v1', kinds);
  }

  private async save(entries: KeptEntries): Promise<void> {
    entries.changed = false;
    await entries.file.write(entries.version, entries.toStored());
  }
}

/**
 * The works a BibliographyCache reads: every work of `all`, or the stored works with the given
 * keys (changes are announced for stored works only).
 */
export function storedOrAllWorks(
  userData: UserDataStore,
  all: () => Promise<readonly Work[]>,
): (keys: readonly string[] | null) => Promise<readonly Work[]> {
  return async (keys) => {
    if (keys === null) return all();
    const found = await Promise.all(keys.map((key) => userData.works.get(key)));
    return found.filter((w): w is Work => w !== undefined);
  };
}
