/**
 * Case protection for .bib titles: styles that print titles in sentence case lower-case every
 * word BibTeX does not see in braces, so acronyms ({EU}) and names ({Mobility Partnerships}) are
 * braced, and nothing else is, so the title still reads well.
 */

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
function isSeparator(c: number): boolean {
  if (c === 32 || c === 47 || (c >= 9 && c <= 13)) return true;
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

/**
 * Braces the words of one run of escaped title text whose case must be kept. `atStart` says the
 * run begins the title. In sentence-case titles every capitalised word after the first (and not
 * starting a subtitle) is a name; neighbouring protected words share one pair of braces.
 */
export function protectTitleCase(run: string, atStart: boolean, sentenceCase: boolean): string {
  // Only a word with a capital letter can need braces.
  if (!CAPITAL.test(run)) return run;
  const tokens = run.split(/(\s+)/);
  let first = atStart;
  let afterColon = false;
  const keep: boolean[] = [];
  for (let i = 0; i < tokens.length; i += 2) {
    const word = tokens[i]!;
    if (word === '') {
      keep.push(false);
      continue;
    }
    if (!CAPITAL.test(word)) {
      keep.push(false);
      first = false;
      afterColon = /[:.?!]$/.test(word);
      continue;
    }
    const core = word.replace(/^[^\p{L}\d\\]+|[^\p{L}\d}]+$/gu, '');
    const capital = /^\p{Lu}/u.test(core);
    keep.push(
      core !== '' &&
        !core.startsWith('{') &&
        (hasInnerCapital(core) || (sentenceCase && capital && !first && !afterColon)),
    );
    first = false;
    afterColon = /[:.?!]$/.test(word);
  }
  if (!keep.includes(true)) return run;
  let out = '';
  for (let i = 0; i < tokens.length; i += 2) {
    const word = tokens[i]!;
    const space = tokens[i + 1] ?? '';
    if (!keep[i / 2]) {
      out += word + space;
      continue;
    }
    const lead = /^[^\p{L}\d\\]*/u.exec(word)![0];
    const trail = /[^\p{L}\d}]*$/u.exec(word.slice(lead.length))![0];
    const core = word.slice(lead.length, word.length - trail.length);
    const openHere =
      i === 0 || !keep[i / 2 - 1] || lead !== '' || /[^\p{L}\d}]$/u.test(tokens[i - 2]!);
    const closeHere =
      !keep[i / 2 + 1] || trail !== '' || /^[^\p{L}\d\\]/u.test(tokens[i + 2] ?? '');
    out += `${lead}${openHere ? '{' : ''}${core}${closeHere ? '}' : ''}${trail}${space}`;
  }
  return out;
}
