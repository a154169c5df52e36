/**
 * Case protection for .bib titles: styles that print titles in sentence case lower-case every
 * word BibTeX does not see in braces, so acronyms ({EU}) and names ({Mobility Partnerships}) are
 * braced, and nothing else is, so the title still reads well.
 */

import { isWhitespaceCode } from '../../text/whitespace';
import { NAME_HEADS, NAME_TAILS, PROPER_NOUNS, PROPER_PHRASES } from './properNouns';

/** Short words title case leaves in lower case, so a lower-case one says nothing. */
const TITLE_CASE_MINOR = new Set(
  (
    'a an the and but or nor for so yet as at by in of off on per to up via with from into onto ' +
    'over upon than that this these those between through versus among within without under ' +
    'after before about against during toward towards across along beyond like near past since ' +
    'until while is are was were be its their our his her vs'
  ).split(' '),
);

/**
 * True when a title is written in sentence case ("The partnership approach in the EU"): some
 * word that title case would capitalise is in lower case. Then its capitalised words are names.
 */
export function isSentenceCase(title: string): boolean {
  // Walks the words in place (a title is checked for every exported work): only a word that
  // starts in lower case is cut out and looked up.
  const text = title.includes('<') ? title.replace(/<[^>]+>/g, ' ') : title;
  let words = 0;
  for (let i = 0; i < text.length;) {
    while (i < text.length && isSeparator(text.charCodeAt(i))) i += 1;
    const start = i;
    while (i < text.length && !isSeparator(text.charCodeAt(i))) i += 1;
    let first = start;
    while (first < i && !isLetterOrDigitAt(text, first)) first += 1;
    if (first === i) continue; // no letter or digit: not a word
    words += 1;
    const c = text.charCodeAt(first);
    if (words === 1 || c < 97 || c > 122) continue;
    const word = text.slice(start, i).replace(WORD_EDGES, '');
    if (word.length > 1 && !TITLE_CASE_MINOR.has(word)) return true;
  }
  return false;
}

const CAPITAL = /\p{Lu}/u;
const WORD_EDGES = /^[^\p{L}\d]+|[^\p{L}\d]+$/gu;
const LETTER_OR_DIGIT = /^[\p{L}\d]/u;

/** JavaScript's `\s`, or a slash: what separates a title's words. */
const isSeparator = (c: number): boolean => c === 47 || isWhitespaceCode(c);

/** True when the character (code point) at `i` is a letter or a digit. */
function isLetterOrDigitAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c < 128) return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
  return LETTER_OR_DIGIT.test(text.slice(i, i + 2));
}

/**
 * True for a word whose case must survive: an acronym (EU, UNRISD) or an inner capital (iPhone,
 * McDonald). Each part of a hyphenated word counts alone: "Nation-State" is plain title case.
 */
function hasInnerCapital(word: string): boolean {
  return word
    .replace(/\\[a-zA-Z]+/g, '')
    .split(/[-\u2010-\u2015/]/)
    .some((part) => /^.+\p{Lu}/u.test(part.replace(/[^\p{L}\d]/gu, '')));
}

/** One word of a title run: what precedes the braces, what they may hold, what follows. */
interface Word {
  readonly lead: string;
  readonly core: string;
  readonly trail: string;
  /** The core as plain letters for lexicon lookups: no LaTeX accents, diacritics or 's. */
  readonly key: string;
}

function splitWord(word: string): Word {
  const lead = /^[^\p{L}\d\\{]*/u.exec(word)![0];
  const trail = /[^\p{L}\d}]*$/u.exec(word.slice(lead.length))![0];
  const core = word.slice(lead.length, word.length - trail.length);
  const key = core
    .replace(/\\[a-zA-Z]+\s*|\\./g, '')
    .replace(/[{}]/g, '')
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/['\u2019]s$/, '');
  return { lead, core, trail, key };
}

/** Offset in `core` where a lexicon name starts (0, or after a hyphen: Post-Washington), or -1. */
function nameStart(w: Word): number {
  if (PROPER_NOUNS.has(w.key)) return 0;
  if (!/[-\u2010\u2011]/.test(w.key)) return -1;
  const parts = w.key.split(/[-\u2010\u2011]/);
  const at = parts.findIndex((part) => PROPER_NOUNS.has(part));
  if (at < 0) return -1;
  // The same part in the core, which may still hold LaTeX accents.
  let offset = 0;
  for (let k = 0; k < at; k++) offset = w.core.slice(offset).search(/[-\u2010\u2011]/) + offset + 1;
  return offset;
}

/** Marks the words of PROPER_PHRASES found in `words` (no punctuation inside a phrase). */
function markPhrases(words: readonly Word[], keep: boolean[], phraseEnd: boolean[]): void {
  for (let i = 0; i < words.length; i++) {
    const phrase = PROPER_PHRASES.find(
      (p) =>
        p.length <= words.length - i &&
        p.every(
          (part, j) =>
            words[i + j]!.key === part && (j === p.length - 1 || words[i + j]!.trail === ''),
        ),
    );
    if (!phrase) continue;
    for (let j = 0; j < phrase.length; j++) keep[i + j] = true;
    phraseEnd[i + phrase.length - 1] = true;
    i += phrase.length - 1;
  }
}

/**
 * Braces the words of one run of escaped title text whose case must be kept; `atStart` says the
 * run begins the title. The rules, in order (neighbouring protected words share one pair):
 * 1. a phrase of PROPER_PHRASES (Global Approach to Migration and Mobility, United Nations);
 * 2. a lexicon name, PROPER_NOUNS (Europe, Ethiopia, Cotonou); in a hyphenated word, from the
 *    name on (Post-{Washington});
 * 3. a capitalised NAME_HEADS word right after a name (European Union), or a NAME_TAILS word
 *    right after such a head (European Neighbourhood Policy); punctuation ends a name;
 * 4. an acronym or a word with an inner capital (EU, UNRISD, iPhone, McDonald);
 * 5. in a sentence-case title, any other capitalised word except the first word of the title or
 *    of a subtitle (after : . ? !), since there capitals mark names.
 * A Title Case word matched by no rule (Migration, Governance) stays plain. Braces already in
 * the run are LaTeX accents ({\"u}), which are kept inside the protected word.
 */
export function protectTitleCase(run: string, atStart: boolean, sentenceCase: boolean): string {
  // Only a word with a capital letter can need braces.
  if (!CAPITAL.test(run)) return run;
  const tokens = run.split(/(\s+)/);
  const words: Word[] = [];
  for (let i = 0; i < tokens.length; i += 2) words.push(splitWord(tokens[i]!));
  const keep = words.map(() => false);
  const phraseEnd = words.map(() => false);
  markPhrases(words, keep, phraseEnd);
  const start = words.map(() => 0);
  let first = atStart;
  let afterColon = false;
  let name = false; // the previous word ends a name that a head may continue
  let head = false; // ... and that word was a head, so a tail may continue it
  words.forEach((w, i) => {
    if (w.lead + w.core + w.trail === '') return;
    const capital = /^\p{Lu}/u.test(w.key);
    const at = keep[i] ? 0 : nameStart(w);
    const isHead = !keep[i] && at < 0 && name && capital && NAME_HEADS.has(w.key);
    const isTail = !keep[i] && at < 0 && head && capital && NAME_TAILS.has(w.key);
    if (keep[i] || at >= 0 || isHead || isTail) {
      keep[i] = true;
      start[i] = Math.max(at, 0);
    } else if (w.core !== '' && CAPITAL.test(w.core)) {
      keep[i] = hasInnerCapital(w.core) || (sentenceCase && capital && !first && !afterColon);
    }
    const open = w.trail === '' && !/['\u2019]s$/.test(w.core);
    name = open && (at >= 0 || isHead || isTail || phraseEnd[i]!);
    head = open && (isHead || isTail);
    first = false;
    afterColon = /[:.?!]$/.test(tokens[i * 2]!);
  });
  if (!keep.includes(true)) return run;
  let out = '';
  words.forEach((w, i) => {
    const space = tokens[i * 2 + 1] ?? '';
    if (!keep[i]) {
      out += tokens[i * 2]! + space;
      return;
    }
    const before = w.lead + w.core.slice(0, start[i]);
    const openHere = i === 0 || !keep[i - 1] || before !== '' || words[i - 1]!.trail !== '';
    const closeHere =
      !keep[i + 1] || w.trail !== '' || words[i + 1]!.lead !== '' || start[i + 1]! > 0;
    out += `${before}${openHere ? '{' : ''}${w.core.slice(start[i])}${closeHere ? '}' : ''}${w.trail}${space}`;
  });
  return out;
}
