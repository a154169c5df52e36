/**
 * The fixed set of 100 search-as-you-type queries (1 to 12 characters) the search benchmark times:
 * author names typed letter by letter (with and without diacritics, "oe" spellings, particles),
 * title words, phrases, years, citation keys, tags, and a few one-letter typos.
 */

/** Every prefix of `word` from `from` characters up (what the search box sees while typing). */
function typed(word: string, from = 1): string[] {
  const out: string[] = [];
  for (let n = from; n <= word.length; n++) {
    const q = word.slice(0, n);
    if (!q.endsWith(' ')) out.push(q);
  }
  return out;
}

export const SEARCH_QUERIES: readonly string[] = [
  ...typed('köhler'), // k kö köh köhl köhle köhler
  ...typed('koehler', 2), // "oe" spelling finds Köhler
  ...typed('kohler', 3), // folded spelling finds Köhler
  ...typed('garcia'),
  ...typed('núñez', 2),
  ...typed('nunez'),
  ...typed('van der berg'),
  ...typed('migration go'),
  ...typed('securitisation', 2).slice(0, 5),
  'securitizat',
  ...['2', '20', '201', '2011', '19', '199', '1998'],
  ...typed('betts2011'),
  ...['łuk', 'lukas', 'lukasiewicz'],
  ...['goverance', 'migartion', 'intergation', 'deportaton'], // one typo each
  ...['sonderg', 'soendergaard'],
  ...['eu border', 'asylum pol', 'kunz laven'],
  ...['dvorak', 'dvořák'],
  ...['her', 'heri', 'héritier'],
  ...["o'b", 'obrien'],
  ...['zurich', 'malmö'],
  ...['follow up', 'to-read', 'lavenex', 'mobility pa'],
  'thermo',
];

if (SEARCH_QUERIES.length !== 100 || SEARCH_QUERIES.some((q) => q.length < 1 || q.length > 12)) {
  throw new Error(
    `bench/searchQueries.ts must hold 100 queries of 1 to 12 characters (has ${SEARCH_QUERIES.length}).`,
  );
}
