// Numbers printed against a container's name, where the tagger drew the boundary on the wrong
// side: "Phys. Rev. C93" (the series letter is the journal's, the number its volume) and
// "Proceedings of IJCAI-89" (the number after the hyphen is the conference's name).
import type { Segment } from './model';
import { joinRuns } from './segments';

/**
 * A series letter standing alone, run into the volume, at the container's end: "Phys. Rev. C93",
 * "Nucl.Phys. (Proc.Suppl.) B91". Group 1 is the letter, group 2 the volume.
 */
const SERIES_LETTER_VOLUME = /(?<![\p{L}\p{N}])(\p{Lu})(\p{N}{1,5})[\s.,;:]*$/u;

/**
 * "Phys. Rev. C93 no. 1": in an entry with no volume, the number run into a lone capital letter at
 * the container's end is the volume (the letter stays with the journal's name, as the conversion
 * reads "Phys. Lett.B736" tagged as the volume).
 */
export function volumeInContainer(segments: readonly Segment[]): Segment[] {
  if (segments.some((s) => s.label === 'volume')) return [...segments];
  const at = segments.findIndex((s) => s.label === 'container-title');
  const container = segments[at];
  const m = container && SERIES_LETTER_VOLUME.exec(container.text);
  // Something must stay of the name before the letter ("C93" alone is no journal).
  if (!container || !m || !/\p{L}/u.test(container.text.slice(0, m.index))) return [...segments];
  const cut = m.index + m[1]!.length;
  const out = [...segments];
  out.splice(
    at,
    1,
    { ...container, text: container.text.slice(0, cut), end: container.start + cut },
    {
      label: 'volume',
      text: container.text.slice(cut),
      start: container.start + cut,
      end: container.end,
    },
  );
  return out;
}

/**
 * "Proceedings of IJCAI-89, 1273-1278": a conference's year run into its acronym by a hyphen (no
 * space on either side) is part of the name, not a volume. Only after an acronym and only a year
 * of two or four digits: "조선고고연구-1" is a journal and its volume.
 */
export function numberAfterContainerHyphen(segments: readonly Segment[]): Segment[] {
  return joinRuns(
    segments,
    (prev, s) =>
      prev.label === 'container-title' &&
      s.label === 'volume' &&
      s.start === prev.end &&
      /(?<!\p{L})\p{Lu}{2,}-$/u.test(prev.text) &&
      /^(?:\d\d|(?:19|20)\d\d)[\s.,;:]*$/u.test(s.text),
  );
}
