// Which writing system a text's letters are in (to tell scraping residue from the document's language).

const SCRIPTS = [
  'Latin',
  'Cyrillic',
  'Greek',
  'Arabic',
  'Hebrew',
  'Han',
  'Hiragana',
  'Katakana',
  'Hangul',
  'Devanagari',
  'Bengali',
  'Thai',
  'Armenian',
  'Georgian',
  'Ethiopic',
] as const;

export type ScriptName = (typeof SCRIPTS)[number] | 'Other';

const TESTS = SCRIPTS.map((name) => ({ name, re: new RegExp(`\\p{Script=${name}}`, 'u') }));
const LETTER = /\p{L}/u;

/** Counts the letters of `text` per script. */
export function countScripts(text: string): Map<ScriptName, number> {
  const counts = new Map<ScriptName, number>();
  for (const ch of text) {
    if (!LETTER.test(ch)) continue;
    const name = TESTS.find((t) => t.re.test(ch))?.name ?? 'Other';
    counts.set(name, (counts.get(name) ?? 0) + 1);
  }
  return counts;
}

/** The script most of the letters of `text` are in; null when it has no letters. */
export function dominantScript(text: string): ScriptName | null {
  let best: ScriptName | null = null;
  let bestCount = 0;
  for (const [name, count] of countScripts(text)) {
    if (count > bestCount) [best, bestCount] = [name, count];
  }
  return best;
}
