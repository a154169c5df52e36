/** Renders an indexed item as a hit: the strings a result list shows, with the query's matches marked. */
import type { Work } from '../bibliography/model';
import { authorList, UNTITLED, workYear } from '../bibliography/summary';
import { excerpt, highlightsIn, plainMarkdown } from './highlight';
import type { QueryTerm } from './query';
import type {
  Hit,
  SearchableClaim,
  SearchableNote,
  SearchablePassage,
  SearchKind,
  TextAnchor,
} from './types';

const CLAIM_TITLE_LENGTH = 240;

function hit(
  kind: SearchKind,
  id: string,
  score: number,
  title: string,
  snippet: string,
  terms: readonly QueryTerm[],
  anchor?: TextAnchor | null,
): Hit {
  const out: Hit = {
    kind,
    id,
    score,
    title,
    snippet,
    highlights: [
      ...highlightsIn(title, terms, 'title'),
      ...highlightsIn(snippet, terms, 'snippet'),
    ],
  };
  if (anchor) out.anchor = anchor;
  return out;
}

const tagLine = (tags: readonly string[]): string => tags.map((t) => `#${t}`).join(' ');
const joinParts = (parts: (string | null | undefined)[]): string =>
  parts.filter(Boolean).join(' · ');

/**
 * What a work's hit shows, made once when the work is indexed: the index keeps this instead of
 * the whole work (at 100,000 works, the records with their abstracts and .bib fields held ~100 MB).
 */
export interface WorkHitText {
  id: string;
  title: string;
  /** Authors (year) · venue · key · tags. */
  snippet: string;
}

/**
 * What a work's hit is made of; a work's listing holds all of it (see `WorkListing`), so the
 * works list can give it to search instead of search keeping its own copy.
 */
export interface WorkHitParts {
  key: string;
  title: string;
  /** The authors (or editors) in full (`authorList`). */
  authorNames: string;
  year: string | null;
  container: string | null;
  tags: readonly string[];
}

/** A work's hit text from its parts: its title; authors (year) · venue · key · tags. */
export function hitTextOf(parts: WorkHitParts): WorkHitText {
  const { authorNames: who, year } = parts;
  const snippet = joinParts([
    who && year ? `${who} (${year})` : who || year,
    parts.container,
    parts.key,
    tagLine(parts.tags),
  ]);
  return { id: parts.key, title: parts.title, snippet };
}

/** A work's hit text: its title; authors (year) · venue · key · tags. */
export function workHitText(work: Work): WorkHitText {
  const container = work.csl['container-title'];
  return hitTextOf({
    key: work.citationKey,
    title: work.csl.title ?? UNTITLED,
    authorNames: authorList(work),
    year: workYear(work),
    container: typeof container === 'string' ? container : null,
    tags: work.tags,
  });
}

/** Whether two hit texts show the same. */
export const sameHitText = (a: WorkHitText, b: WorkHitText): boolean =>
  a.id === b.id && a.title === b.title && a.snippet === b.snippet;

/** A work's hit, from its hit text. */
export function workHit(text: WorkHitText, score: number, terms: readonly QueryTerm[]): Hit {
  return hit('work', text.id, score, text.title, text.snippet, terms);
}

/** A note: its title; the body excerpt around the match · tags. */
export function noteHit(note: SearchableNote, score: number, terms: readonly QueryTerm[]): Hit {
  const body = excerpt(plainMarkdown(note.body), terms);
  const snippet = joinParts([body, tagLine(note.tags)]);
  return hit('note', note.id, score, note.title || 'Untitled note', snippet, terms);
}

/** A claim: its text (an excerpt when long); where it comes from and what it cites. */
export function claimHit(claim: SearchableClaim, score: number, terms: readonly QueryTerm[]): Hit {
  const title =
    claim.text.length > CLAIM_TITLE_LENGTH
      ? excerpt(claim.text, terms, CLAIM_TITLE_LENGTH)
      : claim.text;
  const snippet = joinParts([
    claim.origin === 'paper' ? 'Claim in the paper' : 'Your claim',
    claim.cites.length ? `cites ${claim.cites.join('; ')}` : null,
  ]);
  return hit('claim', claim.id, score, title, snippet, terms, claim.anchor);
}

/** A passage of the paper: its section title; the excerpt around the match. */
export function passageHit(
  passage: SearchablePassage,
  score: number,
  terms: readonly QueryTerm[],
): Hit {
  const snippet = excerpt(passage.text, terms);
  return hit(
    'passage',
    passage.id,
    score,
    passage.section ?? 'The paper',
    snippet,
    terms,
    passage.anchor,
  );
}
