/**
 * The listings of many works (a works file's, say) packed into columns: each text column one
 * joined string (`PackedStrings`); the values many works share (type, year, import file, lists
 * of aliases and tags) once each; times as numbers; a label made from the authors and year when
 * it is just that. Read through row views (`rows()`), which answer every field of `WorkListing`
 * as the plain listing would. At 100,000 works (bench/listingMemory.ts) the plain listings (an
 * object and up to eight strings each) held 68 MB; packed, 48 MB, most of it their characters.
 */
import type { WorkListing } from '../listing';
import { InternedLists, InternedValues, PackedStrings, PackedTimes } from './packedValues';

/** Every field of a listing, in the order the store's cache keeps them. */
export const LISTING_FIELDS = [
  'key',
  'label',
  'title',
  'authorsShort',
  'authorNames',
  'year',
  'type',
  'confidence',
  'provenance',
  'importedFrom',
  'aliases',
  'container',
  'addedAt',
  'modifiedAt',
  'tags',
  'filterText',
] as const satisfies readonly (keyof WorkListing)[];

/** A listing's fields as columns: `column(field)[i]` is row i's value. */
export type ListingColumnSource = (field: keyof WorkListing) => ArrayLike<unknown>;

export class ListingColumns {
  readonly length: number;
  readonly key: PackedStrings;
  /** Labels other than "<authorsShort> <year>" (null where the label is that). */
  readonly ownLabel: PackedStrings;
  readonly title: PackedStrings;
  readonly authorsShort: PackedStrings;
  readonly authorNames: PackedStrings;
  readonly container: PackedStrings;
  readonly addedAt: PackedTimes;
  readonly modifiedAt: PackedTimes;
  readonly filterText: PackedStrings;
  readonly year: InternedValues<string | null>;
  readonly type: InternedValues<string>;
  readonly confidence: InternedValues<WorkListing['confidence']>;
  readonly provenance: InternedValues<WorkListing['provenance']>;
  readonly importedFrom: InternedValues<string | null>;
  readonly aliases: InternedLists;
  readonly tags: InternedLists;

  /** Packs `count` rows given by columns (as the store's cache file holds them). */
  constructor(count: number, column: ListingColumnSource) {
    const strings = (field: keyof WorkListing) =>
      PackedStrings.of(column(field) as ArrayLike<string | null>);
    const interned = <T extends string | null>(field: keyof WorkListing) =>
      InternedValues.of(column(field) as ArrayLike<T>);
    const lists = (field: keyof WorkListing) =>
      InternedLists.of(column(field) as ArrayLike<readonly string[] | null>);
    this.length = count;
    this.key = strings('key');
    // Most labels are "<authorsShort> <year>" ("Betts 2011c"): those are made when asked.
    const [labels, authors, years] = (['label', 'authorsShort', 'year'] as const).map(column);
    this.ownLabel = PackedStrings.of(
      Array.from({ length: count }, (_, i) => {
        const label = labels![i] as string;
        return years![i] !== null && label === `${authors![i] as string} ${years![i] as string}`
          ? null
          : label;
      }),
    );
    this.title = strings('title');
    this.authorsShort = strings('authorsShort');
    this.authorNames = strings('authorNames');
    this.container = strings('container');
    this.addedAt = PackedTimes.of(column('addedAt') as ArrayLike<string | null>);
    this.modifiedAt = PackedTimes.of(column('modifiedAt') as ArrayLike<string | null>);
    this.filterText = strings('filterText');
    this.year = interned('year');
    this.type = interned('type');
    this.confidence = interned('confidence');
    this.provenance = interned('provenance');
    this.importedFrom = interned('importedFrom');
    this.aliases = lists('aliases');
    this.tags = lists('tags');
  }

  /** Packs `rows`. */
  static of(rows: readonly WorkListing[]): ListingColumns {
    return new ListingColumns(rows.length, (field) => rows.map((row) => row[field]));
  }

  /** A view of every row, in order (each view ~40 bytes; its fields are read from the columns). */
  rows(): WorkListing[] {
    return Array.from({ length: this.length }, (_, i) => new PackedListing(this, i));
  }
}

/**
 * One row of `ListingColumns`: every field of its listing, read when asked. Its fields are
 * getters, not own properties: spread or `Object.keys` see none of them (`plainListing` copies
 * them; `JSON.stringify` writes them, through `toJSON`).
 */
class PackedListing implements WorkListing {
  readonly #columns: ListingColumns;
  readonly #row: number;

  constructor(columns: ListingColumns, row: number) {
    this.#columns = columns;
    this.#row = row;
  }

  get key(): string {
    return this.#columns.key.get(this.#row)!;
  }
  get label(): string {
    const columns = this.#columns;
    const row = this.#row;
    return (
      columns.ownLabel.get(row) ?? `${columns.authorsShort.get(row)!} ${columns.year.get(row)!}`
    );
  }
  get title(): string {
    return this.#columns.title.get(this.#row)!;
  }
  get authorsShort(): string {
    return this.#columns.authorsShort.get(this.#row)!;
  }
  get authorNames(): string {
    return this.#columns.authorNames.get(this.#row)!;
  }
  get year(): string | null {
    return this.#columns.year.get(this.#row);
  }
  get type(): string {
    return this.#columns.type.get(this.#row);
  }
  get confidence(): WorkListing['confidence'] {
    return this.#columns.confidence.get(this.#row);
  }
  get provenance(): WorkListing['provenance'] {
    return this.#columns.provenance.get(this.#row);
  }
  get importedFrom(): string | null {
    return this.#columns.importedFrom.get(this.#row);
  }
  get aliases(): string[] {
    return this.#columns.aliases.get(this.#row) as string[];
  }
  get container(): string | null {
    return this.#columns.container.get(this.#row);
  }
  get addedAt(): string | null {
    return this.#columns.addedAt.get(this.#row);
  }
  get modifiedAt(): string | null {
    return this.#columns.modifiedAt.get(this.#row);
  }
  get tags(): string[] {
    return this.#columns.tags.get(this.#row) as string[];
  }
  get filterText(): string {
    return this.#columns.filterText.get(this.#row)!;
  }

  toJSON(): WorkListing {
    return plainListing(this);
  }
}

/** A plain object with every field of `listing` (a packed row's, say). */
export function plainListing(listing: WorkListing): WorkListing {
  const { key, label, title, authorsShort, authorNames, year, type, confidence } = listing;
  const { provenance } = listing;
  const { importedFrom, aliases, container, addedAt, modifiedAt, tags, filterText } = listing;
  return {
    key,
    label,
    title,
    authorsShort,
    authorNames,
    year,
    type,
    confidence,
    provenance,
    importedFrom,
    aliases,
    container,
    addedAt,
    modifiedAt,
    tags,
    filterText,
  };
}
