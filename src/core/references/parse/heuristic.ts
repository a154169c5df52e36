// A rule-based segmenter of reference strings: number, authors, date, title, container, numbers.
import type { FieldLabel, Segment } from './model';

const NUMBER = /^\s*(?:\[\s*\d+\s*\]|\(\s*\d+\s*\)|\d{1,4}\.?(?=\s))/u;
const DOI = /(?:doi\s*:?\s*|https?:\/\/(?:dx\.)?doi\.org\/)?10\.\d{4,9}\/\S+/iu;
const URL = /(?:https?:\/\/|www\.)\S+/iu;
const DATE = /\(?\b(?:(?:1[5-9]\d\d|20\d\d)[a-z]?|n\.\s?d\.|in press|forthcoming)\)?/iu;
const NUMBERS =
  /(?:vol\.?\s*)?(\d+)\s*(?:\(([^)]+)\)|,?\s*no\.?\s*(\d+))?\s*[:,]\s*(?:pp?\.?\s*)?(\d+(?:\s*[-–]\s*\d+)?)/iu;

/** Ends of sentences: a full stop (not after an initial) followed by a space, or "?" / "!". */
function sentenceEnds(text: string): number[] {
  const ends: number[] = [];
  const re = /(?<!\b\p{Lu})[.?!]["”’]?\s+/gu;
  for (const m of text.matchAll(re)) ends.push(m.index + m[0].length);
  return ends;
}

/** Cuts `raw` into segments with rules; the confidence is the share of core fields found. */
export function heuristicSegments(raw: string): { segments: Segment[]; confidence: number } {
  const segments: Segment[] = [];
  const add = (label: FieldLabel, start: number, end: number): void => {
    while (start < end && /\s/.test(raw[start]!)) start++;
    while (end > start && /[\s,;.]/.test(raw[end - 1]!)) end--;
    if (end > start) segments.push({ label, text: raw.slice(start, end), start, end });
  };
  let limit = raw.length;
  for (const [label, re] of [
    ['doi', DOI],
    ['url', URL],
  ] as const) {
    const m = re.exec(raw.slice(0, limit));
    if (m) {
      add(label, m.index, m.index + m[0].length);
      limit = Math.min(limit, m.index);
    }
  }
  let pos = 0;
  const num = NUMBER.exec(raw);
  if (num) {
    add('citation-number', 0, num[0].length);
    pos = num[0].length;
  }
  const date = DATE.exec(raw.slice(pos, limit));
  const dateStart = date ? pos + date.index : -1;
  const rest = (from: number): number[] =>
    sentenceEnds(raw.slice(from, limit)).map((e) => from + e);
  let after: number;
  if (date && dateStart - pos < 0.5 * (limit - pos)) {
    add('author', pos, dateStart);
    add('date', dateStart, dateStart + date[0].length);
    after = dateStart + date[0].length;
  } else {
    const end = rest(pos)[0] ?? limit;
    add('author', pos, end);
    after = end;
    if (date) add('date', dateStart, dateStart + date[0].length);
  }
  while (after < limit && /[\s.,;:)]/.test(raw[after]!)) after++;
  const ends = rest(after);
  const titleEnd = ends[0] ?? limit;
  add('title', after, titleEnd);
  const tail = raw.slice(titleEnd, limit);
  const nums = NUMBERS.exec(tail);
  const containerEnd = nums ? titleEnd + nums.index : (rest(titleEnd)[0] ?? limit);
  const container = raw.slice(titleEnd, containerEnd);
  if (/\S/.test(container) && !(date && dateStart >= titleEnd && dateStart < containerEnd)) {
    add('container-title', titleEnd, containerEnd);
  }
  if (nums) {
    const base = titleEnd + nums.index;
    const at = (i: number): number => base + nums[0].indexOf(nums[i]!);
    add('volume', at(1), at(1) + nums[1]!.length);
    const issue = nums[2] ?? nums[3];
    if (issue)
      add('issue', base + nums[0].indexOf(issue), base + nums[0].indexOf(issue) + issue.length);
    add('pages', at(4), at(4) + nums[4]!.length);
  }
  segments.sort((a, b) => a.start - b.start);
  const core = ['author', 'date', 'title'].filter((l) => segments.some((s) => s.label === l));
  return { segments, confidence: core.length / 3 };
}
