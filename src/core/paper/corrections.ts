/**
 * Applies the user's corrections to a fresh parse: citations marked "not a citation" are dropped,
 * citations re-linked to another entry or straight to a work are re-pointed, and entries get the
 * fields the user set. Corrections name entries and citations by keys that survive re-parsing.
 */
import type { DocumentCorrections } from '../documents/links';
import { citationKeys, referenceKey } from '../documents/links';
import type { ReadPaper } from './readPaper';

export interface CorrectedPaper {
  read: ReadPaper;
  /** Citation id -> the work the user linked it to directly. */
  workOverrides: Map<string, string>;
  /** Citation id -> its key (for corrections), for every citation of the parse. */
  citationKeyOf: Map<string, string>;
}

/** `read` with `corrections` applied (a new object; `read` is not changed). */
export function applyCorrections(
  read: ReadPaper,
  corrections: DocumentCorrections,
): CorrectedPaper {
  const keys = citationKeys(read.citations);
  const citationKeyOf = new Map(read.citations.map((c, i) => [c.id, keys[i]!]));
  const entryByKey = new Map(read.references.map((r) => [referenceKey(r.raw), r]));
  const workOverrides = new Map<string, string>();
  const referenceOf = new Map(read.referenceOf);
  const dropped = new Set<string>();
  for (const citation of read.citations) {
    const fix = corrections.citations[citationKeyOf.get(citation.id)!];
    if (!fix) continue;
    if (fix.notCitation) dropped.add(citation.id);
    else if (fix.workKey) workOverrides.set(citation.id, fix.workKey);
    else if (fix.referenceKey) {
      const entry = entryByKey.get(fix.referenceKey);
      if (entry) referenceOf.set(citation.id, entry.id);
    }
  }
  // An ibid follows the citation it repeats.
  for (const citation of read.citations) {
    if (!citation.ibidOf) continue;
    if (dropped.has(citation.ibidOf)) dropped.add(citation.id);
    const work = workOverrides.get(citation.ibidOf);
    if (work && !workOverrides.has(citation.id)) workOverrides.set(citation.id, work);
    if (!fixOf(citation.id)) referenceOf.set(citation.id, referenceOf.get(citation.ibidOf) ?? null);
  }
  function fixOf(id: string) {
    return corrections.citations[citationKeyOf.get(id)!];
  }
  for (const id of dropped) referenceOf.delete(id);
  const references = read.references.map((r) => {
    const fields = corrections.references[referenceKey(r.raw)]?.fields;
    return fields ? { ...r, csl: { ...(r.csl ?? { type: 'article' }), ...fields, id: r.id } } : r;
  });
  // Claims made with the parse hold the dropped citations: they are made again without them.
  const { claims, ...parsed } = read;
  return {
    read: {
      ...parsed,
      ...(claims && dropped.size === 0 ? { claims } : {}),
      references,
      citations: read.citations.filter((c) => !dropped.has(c.id)),
      referenceOf,
    },
    workOverrides,
    citationKeyOf,
  };
}
