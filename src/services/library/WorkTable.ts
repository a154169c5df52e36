/**
 * The library as the bibliography's table: one summary per work (bundled and the user's), kept
 * until the user's works change, with cached sort orders and filters, so that a 100,000-work
 * library is sorted once per column and filtered in milliseconds, and the renderer fetches only
 * the rows it shows.
 */
import { workListing, type RowMatches, type WorkListing } from '../../core/bibliography';
import type { Work } from '../../core/bibliography/model';
import type { WorkSortKey } from '../../core/bibliography/sortKeys';
import { sortValueOf } from './workSortValues';
import { facetTest, noFacets, type WorkFacets } from './workFacets';
import {
  listingSummaries,
  yearAsCited,
  type ListingSummaries,
  type AnalysedPaper,
  type CitedCounts,
  type WorkSummary,
} from '../../core/paper';
import { WorkFilter } from './workFilter';
import { RowKeys } from './rowKeys';

export { yearAsCited };

/**
 * What the table reads of the library (`LibraryService` is one): the bundled works, the paper,
 * and the bundled works' summaries in bibliography order.
 */
export interface BundledWorks {
  readonly works: readonly Work[];
  readonly paper: AnalysedPaper;
  listWorks(): WorkSummary[];
}

/**
 * The user's stored works as the table reads them: the works themselves, or (cheaper: no work is
 * parsed) their listings as the store caches them (`UserDataStore.workListings`).
 */
export type StoredWorks = readonly (Work | WorkListing)[];

/** Where `WorkTable.prime` keeps an order between runs (the store's `.cache`, in the app). */
export interface WorkOrderCache {
  read(version: string): Promise<readonly number[] | null>;
  write(version: string, order: number[]): Promise<void>;
}

/** Bump when the table's ordering rules change, so orders kept by older versions are not used. */
const ORDER_FORMAT = 'order-1';

export type { WorkSortKey };
export type WorkSortDirection = 'ascending' | 'descending';

export interface WorkQuery extends WorkFacets {
  sort: WorkSortKey;
  direction: WorkSortDirection;
  /**
   * Words every shown work contains, anywhere in `workFilterText`: any name (author, editor...),
   * title, container, key, tags, year, type or label; case and accents ignored.
   */
  filter: string;
}

/** A page of a query's answer: `limit` keys from the `offset`-th match (default: every match). */
export interface WorkPage {
  offset?: number;
  limit?: number;
}

/** Keys of one page of matching works, with how many match and how many works there are. */
export interface WorkQueryAnswer {
  total: number;
  matched: number;
  offset: number;
  keys: string[];
}

const collator = new Intl.Collator('en', { sensitivity: 'base', numeric: true });

/** The rank every empty value gets: after every real value. */
const EMPTY_RANK = 2 ** 30;

/**
 * Ranks of `values`: numbers by value, text under the collator (equal values to the collator
 * share a rank), null (an empty cell) EMPTY_RANK.
 */
function collatedRanks(values: readonly (string | number | null)[]): Int32Array {
  const texts = values.filter((v): v is string => typeof v === 'string');
  const unique = [...new Set(texts)].sort(collator.compare);
  const rankOf = new Map<string, number>();
  let rank = 0;
  unique.forEach((value, i) => {
    if (i > 0 && collator.compare(unique[i - 1]!, value) !== 0) rank++;
    rankOf.set(value, rank);
  });
  return Int32Array.from(values, (v) =>
    v === null ? EMPTY_RANK : typeof v === 'number' ? v : rankOf.get(v)!,
  );
}

/**
 * One version of the table: the listings of one set of stored works and what was derived from
 * them. A row's summary is made when the row is asked for: at 100,000 works, a summary kept for
 * every row cost ~16 MB, and making them all ~30 MB more of garbage at every open.
 */
class TableState {
  private ranks = new Map<WorkSortKey, Int32Array>();
  private orders = new Map<string, Int32Array>();
  readonly filter: WorkFilter;
  private listOrder: WorkSummary[] | null = null;
  /** Citations of a work across the library's papers (null: the rows' own counts). */
  private citedOf: ((key: string) => number) | null = null;

  constructor(
    /** The rows' listings: bundled works first, in bibliography order (see `rowsOf`). */
    readonly rows: readonly WorkListing[],
    /** Row by key. */
    readonly byKey: Pick<RowKeys, 'get'>,
    /** How many of `rows` are bundled works. */
    private readonly bundledCount: number,
    /** Summaries with the bundled paper's citations. */
    private readonly summaries: ListingSummaries,
  ) {
    // Each row's filter text, made once per work (not per filter), read from the row when asked:
    // taken out of packed rows all at once, 100,000 texts cost ~4 MB for as long as the table.
    this.filter = new WorkFilter({ length: rows.length, at: (i) => rows[i]?.filterText });
  }

  /** The summary of row `i`, with the bundled paper's citations. */
  summary(i: number): WorkSummary {
    return this.summaries.of(this.rows[i]!);
  }

  /**
   * Takes `order` (row indices, e.g. computed by an earlier run over the same rows) as the order
   * of `sort`/`direction`; false, and nothing changes, unless it orders every row exactly once.
   */
  adoptOrder(sort: WorkSortKey, direction: WorkSortDirection, order: readonly number[]): boolean {
    const n = this.rows.length;
    if (order.length !== n) return false;
    const seen = new Uint8Array(n);
    for (const i of order) {
      if (!Number.isInteger(i) || i < 0 || i >= n || seen[i]) return false;
      seen[i] = 1;
    }
    this.orders.set(`${sort}:${direction}`, Int32Array.from(order));
    return true;
  }

  /** Counts the 'cited' orders sort by from now on (earlier such orders are dropped). */
  countCitations(citedOf: (key: string) => number): void {
    this.citedOf = citedOf;
    for (const id of [...this.orders.keys()]) if (id.startsWith('cited:')) this.orders.delete(id);
  }

  /**
   * Every row: bundled works in bibliography order, then the user's own by label (kept: asked
   * again while the works are unchanged, it is the same answer).
   */
  all(): WorkSummary[] {
    if (!this.listOrder) {
      const { rows, bundledCount } = this;
      const own = Int32Array.from(
        { length: rows.length - bundledCount },
        (_, i) => bundledCount + i,
      );
      own.sort(
        (a, b) =>
          rows[a]!.label.localeCompare(rows[b]!.label) || rows[a]!.key.localeCompare(rows[b]!.key),
      );
      const summary = (i: number) => this.summary(i);
      this.listOrder = [
        ...Array.from({ length: bundledCount }, (_, i) => summary(i)),
        ...Array.from(own, summary),
      ];
    }
    return this.listOrder;
  }

  private rank(field: WorkSortKey): Int32Array {
    let ranks = this.ranks.get(field);
    if (!ranks) {
      ranks =
        field === 'cited'
          ? Int32Array.from(this.rows, (row) => this.summaries.citations(row.key))
          : collatedRanks(this.rows.map((row) => sortValueOf(field, row)));
      this.ranks.set(field, ranks);
    }
    return ranks;
  }

  /**
   * The rows `query` shows (filter and facets), in its order. The last answer is kept: the pages
   * of one query (scrolling, every key for a selection) then cost only their own rows.
   */
  matching(query: WorkQuery): Int32Array {
    const id = JSON.stringify([
      query.sort,
      query.direction,
      query.filter,
      query.types,
      query.tags,
      query.yearFrom,
      query.yearTo,
    ]);
    const order = this.order(query.sort, query.direction);
    if (this.lastMatch?.id === id && this.lastMatch.order === order) return this.lastMatch.rows;
    const matches = this.filter.matches(query.filter);
    const passes = noFacets(query) ? null : facetTest(query);
    const rows =
      !matches && !passes
        ? order
        : inOrder(order, matches, passes && ((i) => passes(this.rows[i]!)));
    this.lastMatch = { id, order, rows };
    return rows;
  }

  private lastMatch: { id: string; order: Int32Array; rows: Int32Array } | null = null;

  /** Row indices sorted by `sort` (ties: author, year, label, ascending whatever the direction). */
  order(sort: WorkSortKey, direction: WorkSortDirection): Int32Array {
    const id = `${sort}:${direction}`;
    let order = this.orders.get(id);
    if (order) return order;
    const author = this.rank('author');
    const year = this.rank('year');
    const primary =
      sort === 'cited' && this.citedOf
        ? Int32Array.from(this.rows, (r) => this.citedOf!(r.key))
        : this.rank(sort);
    const sign = direction === 'ascending' ? 1 : -1;
    const rows = this.rows;
    // Empty cells last whichever way the column sorts.
    const empty = (i: number) => (primary[i] === EMPTY_RANK ? 1 : 0);
    order = Int32Array.from(rows, (_, i) => i).sort(
      (a, b) =>
        empty(a) - empty(b) ||
        sign * (primary[a]! - primary[b]!) ||
        author[a]! - author[b]! ||
        year[a]! - year[b]! ||
        collator.compare(rows[a]!.label, rows[b]!.label) ||
        a - b,
    );
    this.orders.set(id, order);
    return order;
  }
}

export class WorkTable {
  private stored: StoredWorks = [];
  private state: TableState | null = null;
  private counts: CitedCounts | null = null;
  private summaries: ListingSummaries | null = null;

  constructor(private readonly library: BundledWorks) {}

  /**
   * How often each work is cited across the library's papers: rows then say so (`timesCited`,
   * `papersCiting`) and the 'cited' order sorts by it. Other orders are kept.
   */
  setCitedCounts(counts: CitedCounts): void {
    if (counts === this.counts) return;
    this.counts = counts;
    this.state?.countCitations(this.citedOf);
  }

  private readonly citedOf = (key: string): number => this.counts?.byWork.get(key)?.citations ?? 0;

  /** A row with the library-wide counts, once they are known. */
  private counted(row: WorkSummary): WorkSummary {
    if (!this.counts) return row;
    const count = this.counts.byWork.get(row.key);
    return { ...row, timesCited: count?.citations ?? 0, papersCiting: count?.papers ?? 0 };
  }

  /**
   * The table for the user's current `stored` works. Rebuilt only when they changed: the store
   * hands out the same objects while a file is unchanged, so comparing them costs ~1 ms.
   */
  private sync(stored: StoredWorks): TableState {
    if (this.state && sameItems(this.stored, stored)) return this.state;
    const { rows, byKey } = rowsOf(this.library.works, stored);
    this.summaries ??= listingSummaries(this.library.paper);
    this.state = new TableState(rows, byKey, this.library.works.length, this.summaries);
    if (this.counts) this.state.countCitations(this.citedOf);
    this.stored = stored;
    return this.state;
  }

  /**
   * Makes `query`'s order ready for `stored` (the first screen's, say): read from `cache` when
   * it holds the order for this `version` of the stored works, otherwise sorted and kept there.
   * Sorting 100,000 works takes a few hundred milliseconds; reading the kept order, a few. A
   * null `version` (unsaved changes) just sorts.
   */
  async prime(
    stored: StoredWorks,
    version: string | null,
    query: Pick<WorkQuery, 'sort' | 'direction'>,
    cache: WorkOrderCache,
  ): Promise<void> {
    const state = this.sync(stored);
    // A 'cited' order depends on counts of this run: never kept.
    const key =
      version === null || query.sort === 'cited'
        ? null
        : `${ORDER_FORMAT} ${query.sort}:${query.direction} ${this.bundledVersion()} ${version}`;
    const kept = key === null ? null : await cache.read(key);
    if (kept && state.adoptOrder(query.sort, query.direction, kept)) return;
    const order = state.order(query.sort, query.direction);
    if (key !== null) await cache.write(key, Array.from(order));
  }

  /** Identifies the bundled rows (they come first in every order's row numbers). */
  bundledVersion(): string {
    const text = JSON.stringify(this.library.listWorks());
    let h = 0x811c9dc5;
    for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
    return `bundled ${text.length}-${(h >>> 0).toString(16)}`;
  }

  /** Every work, as `LibraryService.listWorks` orders them. */
  all(stored: StoredWorks): WorkSummary[] {
    const rows = this.sync(stored).all();
    return this.counts ? rows.map((r) => this.counted(r)) : rows;
  }

  /** `summary` (of one work) with the library-wide counts, once they are known. */
  withCounts(summary: WorkSummary): WorkSummary {
    return this.counted(summary);
  }

  /**
   * The listing of the work under `key` in the table as last brought up to date (search reads
   * works' hits from it, see `SearchIndex.shareWorkHits`); null when it holds no such work.
   */
  listingOf(key: string): WorkListing | null {
    const state = this.state;
    const row = state?.byKey.get(key);
    return row === undefined ? null : state!.rows[row]!;
  }

  /** The summaries of `keys`, in their order; unknown keys are left out. */
  byKeys(stored: StoredWorks, keys: readonly string[]): WorkSummary[] {
    const state = this.sync(stored);
    const out: WorkSummary[] = [];
    for (const key of keys) {
      const i = state.byKey.get(key);
      if (i !== undefined) out.push(this.counted(state.summary(i)));
    }
    return out;
  }

  /**
   * The keys of the works matching `query.filter` in `query`'s order, from the `offset`-th match
   * on, `limit` of them at most (default: all); with how many match and the library's size.
   */
  query(stored: StoredWorks, query: WorkQuery & WorkPage): WorkQueryAnswer {
    const state = this.sync(stored);
    const shown = state.matching(query);
    const offset = query.offset ?? 0;
    const end = Math.min(shown.length, offset + (query.limit ?? Infinity));
    const keys: string[] = [];
    for (let at = offset; at < end; at++) keys.push(state.rows[shown[at]!]!.key);
    return { total: state.rows.length, matched: shown.length, offset, keys };
  }

  /** Starts indexing the filter texts of `stored`'s table in the background (see WorkFilter). */
  prepareFilter(stored: StoredWorks): Promise<void> {
    return this.sync(stored).filter.prepare();
  }
}

/**
 * The rows of `order` (in its order) that `matches` marks and `passes` lets through (null: no
 * such test). A plain loop into a preallocated array: at 100,000 rows, collecting them into a
 * growing list took longer than the filter itself on every key.
 */
function inOrder(
  order: Int32Array,
  matches: RowMatches | null,
  passes: ((row: number) => boolean) | null,
): Int32Array {
  const out = new Int32Array(order.length);
  let n = 0;
  if (matches && !passes) {
    for (let at = 0; at < order.length; at++) {
      const row = order[at]!;
      if (matches[row]) out[n++] = row;
    }
  } else {
    for (let at = 0; at < order.length; at++) {
      const row = order[at]!;
      if ((!matches || matches[row]) && (!passes || passes(row))) out[n++] = row;
    }
  }
  return out.slice(0, n);
}

function sameItems(a: StoredWorks, b: StoredWorks): boolean {
  if (a === b) return true;
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/**
 * The rows of `LibraryService.listWorks(stored)` before it sorts the user's own works by label
 * (which the table does only when every row is asked for), as listings: the bundled works, each
 * replaced by its stored copy, then the other stored works in store order (a stored work under a
 * bundled work's alias is left out; of two under one key, the last, where the first was); with
 * the row of each key.
 */
function rowsOf(
  bundled: readonly Work[],
  stored: StoredWorks,
): { rows: WorkListing[]; byKey: RowKeys } {
  const rows = bundled.map(workListing);
  const byKey = new RowKeys((row) => rows[row]!.key, bundled.length + stored.length);
  const aliases = new Set<string>();
  bundled.forEach((w, i) => {
    byKey.set(w.citationKey, i);
    for (const alias of w.aliases) aliases.add(alias);
  });
  for (const w of stored) {
    const listing = 'citationKey' in w ? workListing(w) : w;
    const at = byKey.get(listing.key);
    if (at !== undefined) rows[at] = listing;
    else if (!aliases.has(listing.key)) byKey.set(listing.key, rows.push(listing) - 1);
  }
  return { rows, byKey };
}
