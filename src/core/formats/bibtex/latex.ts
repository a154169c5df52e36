/**
 * Text to LaTeX for .bib output: special characters escaped (& % $ # _ { } \ ~ ^), CSL rich-text
 * markup to LaTeX commands, and, for classic BibTeX, non-ASCII letters as accent commands.
 */

/** Combining mark -> accent command (the inverse of what .bib readers decode). */
const ACCENTS: Readonly<Record<string, string>> = {
  '\u0300': '`',
  '\u0301': "'",
  '\u0302': '^',
  '\u0303': '~',
  '\u0304': '=',
  '\u0306': 'u',
  '\u0307': '.',
  '\u0308': '"',
  '\u030A': 'r',
  '\u030B': 'H',
  '\u030C': 'v',
  '\u0323': 'd',
  '\u0327': 'c',
  '\u0328': 'k',
  '\u0331': 'b',
};
/** Accents written without a separating space (`\"u`); letter accents need one (`\c c`). */
const SYMBOL_ACCENT = /^[`'^~=."]$/;

/** Letters and symbols that are commands of their own. */
const LETTERS: Readonly<Record<string, string>> = {
  ß: '\\ss',
  ẞ: '\\SS',
  æ: '\\ae',
  Æ: '\\AE',
  œ: '\\oe',
  Œ: '\\OE',
  ø: '\\o',
  Ø: '\\O',
  ł: '\\l',
  Ł: '\\L',
  đ: '\\dj',
  Đ: '\\DJ',
  ð: '\\dh',
  Ð: '\\DH',
  þ: '\\th',
  Þ: '\\TH',
  ı: '\\i',
  ŋ: '\\ng',
  Ŋ: '\\NG',
  '¡': '\\textexclamdown',
  '¿': '\\textquestiondown',
  '£': '\\pounds',
  '§': '\\S',
  '¶': '\\P',
  '©': '\\textcopyright',
  '®': '\\textregistered',
  '°': '\\textdegree',
  '«': '\\guillemotleft',
  '»': '\\guillemotright',
  '…': '\\ldots',
  '†': '\\dag',
  '‡': '\\ddag',
  '•': '\\textbullet',
  '€': '\\texteuro',
};

/** Typographic punctuation written the way BibTeX users type it. */
const ASCII_PUNCTUATION: Readonly<Record<string, string>> = {
  '\u2013': '--',
  '\u2014': '---',
  '\u201C': '``',
  '\u201D': "''",
  '\u2018': '`',
  '\u2019': "'",
  '\u00A0': '~',
};

const SPECIAL: Readonly<Record<string, string>> = {
  '\\': '\\textbackslash{}',
  '{': '\\{',
  '}': '\\}',
  '&': '\\&',
  '%': '\\%',
  $: '\\$',
  '#': '\\#',
  _: '\\_',
  '~': '\\textasciitilde{}',
  '^': '\\textasciicircum{}',
};
const SPECIAL_CHARS = /[\\{}&%$#_~^]/g;

/** Characters escapeLatex rewrites (specials, straight double quotes, opening single quotes). */
const NEEDS_ESCAPE = /[\\{}&%$#_~^"]|(?:^|[\s([{])'/;
const NON_ASCII = /[^\t\n\r -~]/;

/** Escapes plain text for a .bib value; `ascii` writes non-ASCII as LaTeX commands. */
export function escapeLatex(text: string, ascii: boolean): string {
  if (!NEEDS_ESCAPE.test(text)) return ascii ? toAsciiLatex(text) : text;
  const escaped = text
    .replace(SPECIAL_CHARS, (c) => SPECIAL[c] ?? c)
    // A straight " is an active character under babel (german, ...): write TeX quotes.
    .replace(/(^|[\s([{])"/g, '$1``')
    .replace(/"/g, "''")
    // A straight ' prints as a closing quote in TeX: one that opens a quotation is a backtick.
    .replace(/(^|[\s([{])'(?=\S)/g, '$1`');
  return ascii ? toAsciiLatex(escaped) : escaped;
}

/**
 * Rewrites non-ASCII characters of LaTeX source as commands (`ü` -> `{\"u}`), leaving ASCII,
 * and so any existing LaTeX, as it is. Characters with no LaTeX spelling stay as UTF-8.
 */
export function toAsciiLatex(latex: string): string {
  if (!NON_ASCII.test(latex)) return latex;
  let out = '';
  for (const ch of latex.normalize('NFC')) {
    if (ch.charCodeAt(0) < 128) out += ch;
    else out += asciiChar(ch);
  }
  return out;
}

function asciiChar(ch: string): string {
  const punctuation = ASCII_PUNCTUATION[ch];
  if (punctuation) return punctuation;
  const letter = LETTERS[ch];
  if (letter) return `{${letter}}`;
  const [base = '', ...marks] = [...ch.normalize('NFD')];
  if (marks.length === 0 || marks.some((m) => !ACCENTS[m])) return ch;
  let inner = base === 'i' ? '\\i' : base === 'j' ? '\\j' : base;
  if (LETTERS[base]) inner = LETTERS[base]!;
  for (const mark of marks) {
    const accent = ACCENTS[mark]!;
    inner = SYMBOL_ACCENT.test(accent) ? `\\${accent}${inner}` : `\\${accent}{${inner}}`;
  }
  return `{${inner}}`;
}

const MARKUP: Readonly<Record<string, string>> = {
  i: '\\textit{',
  b: '\\textbf{',
  sc: '\\textsc{',
  sup: '\\textsuperscript{',
  sub: '\\textsubscript{',
  'span style="font-variant:small-caps;"': '\\textsc{',
  'span class="nocase"': '{',
};
const TAG = /<(\/?(?:i|b|sc|sup|sub|span)|span [^>]*)>/g;
const keep = (s: string): string => s;

/**
 * CSL rich text (`<i>`, `<b>`, `<sup>`, `<span class="nocase">` ...) to LaTeX, escaping the text
 * between tags. `protect` is applied to each run of plain text (used for titles' case protection).
 */
export function richTextToLatex(
  text: string,
  ascii: boolean,
  protect: ((escaped: string, atStart: boolean) => string) | null = null,
): string {
  if (text.indexOf('<') === -1) {
    const escaped = escapeLatex(text, ascii);
    return protect ? protect(escaped, true) : escaped;
  }
  protect ??= keep;
  const open: string[] = [];
  let out = '';
  let last = 0;
  // Text in a nocase span is already braced: protecting it again would double the braces.
  let nocase = 0;
  for (const m of text.matchAll(TAG)) {
    const run = escapeLatex(text.slice(last, m.index), ascii);
    out += nocase > 0 ? run : protect(run, out === '');
    last = m.index + m[0].length;
    const tag = m[1]!;
    if (tag in MARKUP && (!tag.startsWith('span') || MARKUP[tag])) {
      open.push(MARKUP[tag] === '{' ? '/span nocase' : `/${tag.split(' ')[0]}`);
      if (MARKUP[tag] === '{') nocase += 1;
      out += MARKUP[tag];
    } else if (open.length > 0 && open[open.length - 1]!.split(' ')[0] === tag) {
      if (open.pop() === '/span nocase') nocase -= 1;
      out += '}';
    } else {
      out += escapeLatex(m[0], ascii);
    }
  }
  out += protect(escapeLatex(text.slice(last), ascii), out === '');
  return out + '}'.repeat(open.length);
}
