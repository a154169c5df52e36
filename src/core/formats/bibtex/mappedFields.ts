/**
 * The fields of the entry being mapped: the .bib fields the BibLaTeX mapping (mapping.ts) looks
 * at, each with a slot, and the entry's presence flags and decoded values by slot: an array read
 * instead of an `in` lookup on objects of hundreds of different shapes.
 */
/** The fields the rules look at, each with its slot (its index in `P` and `V`). */
const FIELD_NAMES = [
  'abstract',
  'addendum',
  'address',
  'annotation',
  'annote',
  'archiveprefix',
  'author',
  'author+an:orcid',
  'bookauthor',
  'bookpagination',
  'booksubtitle',
  'booktitle',
  'booktitleaddon',
  'chapter',
  'date',
  'day',
  'doi',
  'edition',
  'entrysubtype',
  'editor',
  'eid',
  'eprint',
  'eprinttype',
  'eventdate',
  'eventtitle',
  'eventtitleaddon',
  'howpublished',
  'institution',
  'isan',
  'isbn',
  'ismn',
  'isrn',
  'issn',
  'issue',
  'issuesubtitle',
  'issuetitle',
  'issuetitleaddon',
  'iswc',
  'journal',
  'journalsubtitle',
  'journaltitle',
  'journaltitleaddon',
  'keywords',
  'langid',
  'language',
  'library',
  'location',
  'mainsubtitle',
  'maintitle',
  'maintitleaddon',
  'month',
  'note',
  'number',
  'numpages',
  'organization',
  'origdate',
  'origlocation',
  'origpublisher',
  'origtitle',
  'pages',
  'pagetotal',
  'part',
  'pmcid',
  'pmid',
  'publisher',
  'pubstate',
  's2id',
  'school',
  'series',
  'shortjournal',
  'shortseries',
  'shorttitle',
  'subtitle',
  'title',
  'titleaddon',
  'translator',
  'type',
  'url',
  'urldate',
  'venue',
  'version',
  'volume',
  'volumes',
  'year',
] as const;
type FieldName = (typeof FIELD_NAMES)[number];
export const F = Object.fromEntries(FIELD_NAMES.map((n, i) => [n, i])) as Record<FieldName, number>;
const SLOT = new Map<string, number>(FIELD_NAMES.map((n, i) => [n, i]));

/**
 * Which of FIELD_NAMES the entry being mapped has: 1 at a field's slot when it has it (`P[F.title]`).
 * The mapping reads it directly rather than through a function: its 74 presence checks are more
 * calls than the optimiser inlines into one function, and each call cost more than the check.
 */
export const P = new Uint8Array(FIELD_NAMES.length);

/**
 * The decoded values of the entry being mapped, by slot (`V[F.title]`): one array reused for every
 * entry, so mapping an entry needs no object of its fields.
 */
export const V: unknown[] = new Array<unknown>(FIELD_NAMES.length).fill(undefined);

/** Starts a new entry: no fields, no values. */
export function clearFields(): void {
  P.fill(0);
  V.fill(undefined);
}

/** Records one field of the entry being mapped (fields the mapping never reads are ignored). */
export function setField(name: string, value: unknown): void {
  const slot = SLOT.get(name);
  if (slot === undefined) return;
  P[slot] = 1;
  V[slot] = value;
}

/** Records the fields `fieldNames` of the object `fields` (`in` semantics: undefined counts). */
export function loadFields(fields: Record<string, unknown>, fieldNames: readonly string[]): void {
  clearFields();
  for (let i = 0; i < fieldNames.length; i++) setField(fieldNames[i]!, fields[fieldNames[i]!]);
}
