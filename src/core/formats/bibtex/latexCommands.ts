/**
 * LaTeX commands common in real .bib files that citation-js's value grammar does not know, as the
 * text they print, and the rule for commands nobody knows: drop the command, keep its argument.
 * Without these a title reads "The \TeX book" or "methodology\hyphen independent" in the app and
 * in every formatted bibliography (the .bib export keeps the source as written either way).
 */

/** Command -> the text it prints (added to citation-js's own table in citationJs.ts). */
export const EXTRA_TEXT_COMMANDS: Readonly<Record<string, string>> = {
  TeX: 'TeX',
  LaTeX: 'LaTeX',
  LaTeXe: 'LaTeX2ε',
  BibTeX: 'BibTeX',
  BibLaTeX: 'BibLaTeX',
  XeTeX: 'XeTeX',
  ConTeXt: 'ConTeXt',
  METAFONT: 'METAFONT',
  MF: 'METAFONT',
  MP: 'MetaPost',
  hyphen: '-',
  slash: '/',
  ldots: '…',
  dots: '…',
  dag: '†',
  ddag: '‡',
  S: '§',
  P: '¶',
  pounds: '£',
  sharp: '♯',
  flat: '♭',
  natural: '♮',
  surd: '√',
  infty: '∞',
  pm: '±',
  times: '×',
  cdot: '·',
  leq: '≤',
  le: '≤',
  geq: '≥',
  ge: '≥',
  neq: '≠',
  ne: '≠',
  approx: '≈',
  equiv: '≡',
  in: '∈',
  subset: '⊂',
  setminus: '∖',
  log: 'log',
  ln: 'ln',
  exp: 'exp',
  min: 'min',
  max: 'max',
  textnumero: '№',
  nobreakspace: '\u00a0',
  ' ': ' ',
  // A discretionary hyphen prints nothing unless TeX breaks the line there.
  '-': '',
};

const SILENT_WITH_ARGUMENT =
  /\\(?:[hv]space|hskip|vskip|kern|phantom|hphantom|vphantom|label|index|nocite|ref|pageref|rule)\*?\s*(?:\[[^\]{}]*\]\s*)?(?:\{[^{}]*\}\s*)*/g;

/**
 * A citation command of LaTeX, natbib or BibLaTeX (`\cite`, `\citep`, `\parencite`, `\textcite`,
 * `\citeauthor`, ...) with its optional notes and keys; `\nocite` prints nothing and is not one.
 */
const CITE_COMMAND =
  /\\(?!nocite)[A-Za-z]*[cC]ite[A-Za-z]*\*?\s*(?:\[([^\]{}]*)\]\s*)?(?:\[([^\]{}]*)\]\s*)?\{([^{}]*)\}/g;

/**
 * A citation written in a field (a note's "see \cite{jones2002}") as the keys it cites, with its
 * notes: `\citep[see][p.~3]{a,b}` reads "see a; b, p.~3". Dropped, the note lost which work it
 * meant. Characters that are special to LaTeX in a key (`_`, `&`, `%`, `#`) are escaped so the
 * value grammar prints them.
 */
function citedKeys(_: string, first?: string, second?: string, keys = ''): string {
  const listed = keys
    .split(',')
    .map((k) => k.trim().replace(/[_&%#$]/g, (c) => `\\${c}`))
    .filter(Boolean)
    .join('; ');
  const pre = second !== undefined ? (first ?? '').trim() : '';
  const post = (second ?? first ?? '').trim();
  return `${pre ? `${pre} ` : ''}${listed}${post ? `, ${post}` : ''}`;
}

/**
 * Rewrites commands that neither citation-js nor EXTRA_TEXT_COMMANDS know (`\proglang{R}`,
 * `\rpackage{irace}`, `\mathcal{O}`) as their argument in braces, and drops such a command that
 * has no argument, so the grammar never glues a command name to its argument ("\proglangR").
 * `known` says whether citation-js's grammar reads a command itself.
 */
export function dropUnknownCommands(value: string, known: (command: string) => boolean): string {
  if (!/\\[A-Za-z]/.test(value)) return value;
  const endsInSpace = /\s$/.test(value);
  value = value.replace(CITE_COMMAND, citedKeys);
  // Spacing and labels print nothing of their argument ("location--\hspace{0pt}").
  value = value.replace(SILENT_WITH_ARGUMENT, '');
  // TeX eats the spaces after a command name; a following {argument} stays as a group.
  value = value.replace(/\\([A-Za-z]+)\*?\s*/g, (all, name: string) => (known(name) ? all : ''));
  // A command dropped at the end leaves no space behind it ("see also \nocite{x}").
  return endsInSpace ? value : value.trimEnd();
}

/** `quote' (TeX's single quotes) as ‘quote’; a lone ` as ‘. Straight apostrophes stay. */
export function texSingleQuotes(text: string): string {
  if (text.indexOf('`') === -1) return text;
  return text.replace(/`([^`'\n]*)'/g, '\u2018$1\u2019').replace(/`/g, '\u2018');
}
