// "IEEE Transactions on Systems, Man, and Cybernetics: Special Issue on Scheduling, Planning, and
// Control": the special issue a paper appeared in is printed after the journal's name, but it is
// no part of the name (a citation style prints it as a note).
import type { Segment } from './model';

/** "Special Issue on …" ending a container's text, after a mark or a space (group 1 from there). */
const SPECIAL_ISSUE_AT_END = /(?:\s*[,:;.]\s*|\s+)(special\s+issue\b.*)$/iu;

/** What must stay of the journal's name: a word of three letters, not "the" ("the special issue on…"). */
const NAME = /\p{L}{3}/u;
const FUNCTION_WORDS = /\b(?:the|in|to|an?)\b/giu;

/**
 * The container without the special issue printed after the journal's name: that part becomes a
 * note (after the entry's other notes, if any). A container that is only the special issue stays.
 */
export function specialIssueInContainer(segments: readonly Segment[]): Segment[] {
  return segments.flatMap((s) => {
    if (s.label !== 'container-title') return [s];
    const m = SPECIAL_ISSUE_AT_END.exec(s.text);
    if (!m || !NAME.test(s.text.slice(0, m.index).replace(FUNCTION_WORDS, ''))) return [s];
    const at = s.text.length - m[1]!.length;
    return [
      { ...s, text: s.text.slice(0, m.index), end: s.start + m.index },
      { label: 'note', text: m[1]!, start: s.start + at, end: s.end },
    ];
  });
}
