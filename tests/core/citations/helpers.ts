// Shared helpers for the citation parser tests.
import { expect } from 'vitest';
import { parseCitations } from '../../../src/core/citations';
import type { Citation } from '../../../src/core/citations';

/** The one citation found in `text` (fails the test if there is not exactly one). */
export function only(text: string): Citation {
  const found = parseCitations(text);
  expect(found, `citations in ${JSON.stringify(text)}`).toHaveLength(1);
  return found[0] as Citation;
}

/** The spans of `text` the citations cover, as strings. */
export function spans(text: string, citations = parseCitations(text)): string[] {
  return citations.map((c) => text.slice(c.start, c.end));
}

/** The key fields of each citation, for compact table assertions. */
export function summary(c: Citation): Record<string, unknown> {
  return {
    authors: c.authors,
    year: c.year,
    yearSuffix: c.yearSuffix,
    locator: c.locator,
    prefix: c.prefix,
    narrative: c.narrative,
  };
}
