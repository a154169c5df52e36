// Parts of an entry that their marks delimit: a title in quotation marks ("Olson, J. S. “Bound CO
// Is A Molecular Probe…”" — the tagger may take its first capitalised words for names) and MLA's
// editors after the title ("Complete Poetry. Eds. Donald H Reiman and Neilm Fraistat. Baltimore:"
// — the tagger may end the names at an undotted initial and call the rest a title).
import type { Token } from '../tokens';
import { relabel, tokensIn } from './labelSpans';
import { sentenceEnd } from './printedPatterns';

const QUOTED = /“[^“”]{3,}”|«[^«»]{3,}»|(?<![\p{L}\p{N}])"[^"]{3,}"(?![\p{L}\p{N}])/gu;
const NAME_LABELS = new Set(['author', 'editor']);
/** "Eds." after a sentence's end ("Poetry. Eds.", "“Title.” Ed."), not "2nd Ed." of an edition. */
const EDITORS_AFTER_TITLE =
  /(?<=[\p{L}\p{N}]{2}(?:[.?!]|[”"]\.?)\s)(?:Eds?\.|Edited\s+by|Trans\.)\s+(?=\p{Lu})/gu;

/** A quoted part the tagger read as names and title both is the title, quotes and all. */
function quotedTitle(text: string, tokens: readonly Token[], labels: string[]): void {
  for (const m of text.matchAll(QUOTED)) {
    const inside = tokensIn(tokens, m.index, m.index + m[0].length);
    const words = inside.filter((i) => /[\p{L}\p{N}]/u.test(tokens[i]!.text));
    if (!words.some((i) => labels[i] === 'title')) continue;
    if (!words.some((i) => NAME_LABELS.has(labels[i]!))) continue;
    for (const i of inside) if (NAME_LABELS.has(labels[i]!)) labels[i] = 'title';
  }
}

/**
 * "Title. Eds. A B and C D." after the title: the names up to the full stop are the editors (the
 * translators after "Trans."), when the tagger saw names there.
 */
function editorsAfterTitle(text: string, tokens: readonly Token[], labels: string[]): void {
  for (const m of text.matchAll(EDITORS_AFTER_TITLE)) {
    const from = m.index + m[0].length;
    const end = sentenceEnd(text, from);
    // Up to the stop or to a number ("Edited by John W. Welch, 211-249." gives the pages).
    const sentence = tokensIn(tokens, from, end);
    const number = sentence.findIndex((i) => /\p{N}/u.test(tokens[i]!.text));
    const names = number < 0 ? sentence : sentence.slice(0, number);
    const label = m[0].startsWith('Trans') ? 'translator' : 'editor';
    if (!names.some((i) => labels[i] === label)) continue;
    // Names only: not a place or publisher the tagger found among them.
    if (names.some((i) => labels[i] === 'location' || labels[i] === 'publisher')) continue;
    relabel(labels, tokens, m.index, from, 'other');
    for (const i of names) labels[i] = label;
  }
}

/** Applies the two rules above. */
export function markedParts(text: string, tokens: readonly Token[], labels: string[]): void {
  quotedTitle(text, tokens, labels);
  editorsAfterTitle(text, tokens, labels);
}
