// Windows-1252, decoded by its own table: Node's TextDecoder('windows-1252') decodes as Latin-1,
// so the bytes 0x80–0x9F (curly quotes, dashes, €, …) would become invisible control characters.

/** What Windows-1252 puts at 0x80–0x9F (the five bytes it leaves unassigned decode as Latin-1). */
const HIGH = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008DŽ\u008F\u0090‘’“”•–—˜™š›œ\u009DžŸ';

/** Decodes Windows-1252 (a superset of Latin-1) bytes; every byte decodes to a character. */
export function decodeWindows1252(bytes: Uint8Array): string {
  const latin1 = new TextDecoder('latin1').decode(bytes);
  return latin1.replace(/[\u0080-\u009F]/g, (c) => HIGH[c.charCodeAt(0) - 0x80]!);
}
