// What the parser does to an entry's text before tagging it: entries pasted from web pages or
// exported by publishers carry inline markup ("<i>Nature</i>", "&amp;"), and text extracted from
// PDFs breaks DOIs with spaces ("doi:10 .1080/1478…", "10. 5194/npg-…"). The tagger was trained on
// plain entries, and a DOI split into pieces is never recognised as one.

/** Inline formatting tags of HTML, JATS and other XML exports (not their content). */
const INLINE_TAG =
  /<\/?(?:i|b|u|em|strong|sup|sub|span|font|small|sc|italic|bold|underline|monospace|smallcaps|sans-serif|roman|a)(?:\s[^<>]*)?\/?>/giu;
const ENTITIES: Readonly<Record<string, string>> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: ' ',
  ndash: '–',
  mdash: '—',
};
const ENTITY = /&(?:(amp|lt|gt|quot|apos|nbsp|ndash|mdash)|#(\d{1,6})|#x([\da-f]{1,6}));/giu;
/** "10 .1080/", "10. 5194/", "10.1097/ SHK": a DOI prefix with spaces inside it or after its slash. */
const BROKEN_DOI = /(?<![\p{L}\p{N}.])10\s*\.\s*(\d{4,9})\s*\/\s*(?=[\p{L}\p{N}(])/gu;

/**
 * The entry's text as the tagger reads it: inline markup removed, character entities decoded, a
 * DOI broken by spaces joined again, and every run of white space one space.
 */
export function normaliseEntry(raw: string): string {
  return raw
    .replace(INLINE_TAG, '')
    .replace(
      ENTITY,
      (all, name: string | undefined, dec: string | undefined, hex: string | undefined) => {
        if (name) return ENTITIES[name.toLowerCase()] ?? all;
        const code = dec ? Number(dec) : parseInt(hex!, 16);
        return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : all;
      },
    )
    .replace(BROKEN_DOI, '10.$1/')
    .replace(/\s+/g, ' ');
}
