// "Sur les espaces de Finsler, Acad. Roy. Belg. Bull. Cl. Sci. (5) 74" — a journal printed in
// dotted abbreviations whose first words the tagger left in the title (or in the author list:
// "I. Robinson, Bull. Acad. Pol. Sci."): they go back to the container.
import { LEXICON_OF } from './lexicons';
import type { Segment } from './model';

/** A journal-name abbreviation: "Acad.", "Bull.", "Conf.", "Proc.", or an acronym ("AIP"). */
const ABBREVIATION = String.raw`(?:\p{Lu}\p{Ll}{0,5}\.|\p{Lu}{2,6})`;
/** The last part of a title (after its last ", " or ". ") that is abbreviations only. */
const TITLE_TAIL = new RegExp(
  String.raw`(?:^|(?<=[.,;:])\s+)(${ABBREVIATION}(?:\s*${ABBREVIATION}){0,2})\s*$`,
  'u',
);
/** In an author list only a word of four letters or more: "Ch." or "Th." may be a given name. */
const AUTHOR_TAIL = /(?<=,)\s+(\p{Lu}\p{Ll}{3,6}\.)\s*$/u;
/** The container must go on in dotted abbreviations ("Roy. Belg.", "Trans. Amer.", "Proc."). */
const DOTTED_HEAD = /^\s*\p{Lu}\p{Ll}{0,6}\.(?:\s|$|,)/u;

/**
 * Words of abbreviated journal names (ISO 4 style) beyond the tagger's journal and conference
 * lexicons: a dotted word ending a title is one of these, not the last word of a sentence
 * ("…, East Sea, Korea. Mar. Poll. Bull." keeps "Korea." in the title).
 */
const ABBREVIATED_WORDS = new Set(
  'acad soc natl roy inst assoc comm commun math geophys amer astr astron'.split(' '),
);

/** Whether every dotted word of `tail` abbreviates a journal-name word ("Acad.", "AIP Conf."). */
function journalWords(tail: string): boolean {
  const dotted = [...tail.matchAll(/(\p{L}+)\./gu)].map((m) => m[1]!.toLowerCase());
  return (
    dotted.length > 0 &&
    dotted.every(
      (w) =>
        ABBREVIATED_WORDS.has(w) ||
        (LEXICON_OF.get(w) ?? []).some((l) => l === 'journal' || l === 'conf'),
    )
  );
}

/** The segments with the journal abbreviations before the container moved into it. */
export function containerHead(segments: readonly Segment[]): Segment[] {
  const out = [...segments];
  for (let i = out.length - 2; i >= 0; i--) {
    const head = out[i]!;
    const container = out[i + 1]!;
    if (container.label !== 'container-title' || !DOTTED_HEAD.test(container.text)) continue;
    // Only what is printed right before the container, with nothing between.
    if (container.start - head.end > 1) continue;
    const tail =
      head.label === 'title'
        ? TITLE_TAIL.exec(head.text)
        : head.label === 'author'
          ? AUTHOR_TAIL.exec(head.text)
          : null;
    if (!tail || !journalWords(tail[1]!)) continue;
    const from = head.start + tail.index + tail[0].indexOf(tail[1]!);
    const moved: Segment = {
      label: 'container-title',
      text: `${head.text.slice(from - head.start)}${' '.repeat(container.start - head.end)}${container.text}`,
      start: from,
      end: container.end,
    };
    const rest = head.text.slice(0, from - head.start);
    if (/[\p{L}\p{N}]/u.test(rest)) {
      out.splice(i, 2, { ...head, text: rest, end: from }, moved);
    } else {
      out.splice(i, 2, moved);
    }
  }
  return out;
}
