/**
 * Whether a UTF-16 code unit is whitespace as JavaScript's `\s` reads it (ASCII spaces and
 * controls 9–13, no-break, Ogham, the U+2000 spaces, line and paragraph separators, narrow
 * no-break, math and ideographic spaces, BOM): for scanners that walk text by char code
 * instead of splitting it with a regular expression.
 */
export function isWhitespaceCode(c: number): boolean {
  if (c <= 32) return c === 32 || (c >= 9 && c <= 13);
  if (c < 160) return false;
  return (
    c === 160 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000 ||
    c === 0xfeff
  );
}
