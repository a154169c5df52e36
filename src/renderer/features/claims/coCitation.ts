// Which works are cited together in the same claims (pure), and claim filtering.
import type { Claim } from '../../../core/claims/model';
import type { Section } from '../../../core/document/model';

export interface CoCitationMatrix {
  /** Works cited together with at least one other work, in order of first citation. */
  workIds: string[];
  /** How many claims cite both works (for a == b: claims citing that work). */
  countFor: (a: string, b: string) => number;
  /** The largest off-diagonal count, for shading. */
  max: number;
}

const pairKey = (a: string, b: string) => (a < b ? `${a}\u0000${b}` : `${b}\u0000${a}`);

/** The co-citation matrix of `claims`: cell (a, b) lists the claims citing both a and b. */
export function buildCoCitation(claims: readonly Claim[]): CoCitationMatrix {
  const pairs = new Map<string, string[]>();
  const firstSeen = new Map<string, number>();
  const coCited = new Set<string>();
  const ordered = [...claims].sort((x, y) => x.start - y.start);
  for (const claim of ordered) {
    const works = [...new Set(claim.workIds)];
    for (const w of works) if (!firstSeen.has(w)) firstSeen.set(w, firstSeen.size);
    for (let i = 0; i < works.length; i++) {
      for (let j = i; j < works.length; j++) {
        const key = pairKey(works[i]!, works[j]!);
        const list = pairs.get(key) ?? [];
        list.push(claim.id);
        pairs.set(key, list);
        if (i !== j) coCited.add(works[i]!).add(works[j]!);
      }
    }
  }
  const workIds = [...coCited].sort((a, b) => firstSeen.get(a)! - firstSeen.get(b)!);
  let max = 0;
  for (const [key, list] of pairs) {
    const [a, b] = key.split('\u0000');
    if (a !== b) max = Math.max(max, list.length);
  }
  return { workIds, countFor: (a, b) => pairs.get(pairKey(a, b))?.length ?? 0, max };
}

/**
 * The co-citation matrix of the library's claims as main counts them: works cited together in
 * order of first citation, each pair's claims, and each work's claims (the diagonal).
 */
export function libraryCoCitation(counts: {
  coCited: readonly string[];
  pairs: readonly (readonly [string, string, number])[];
  works: readonly (readonly [string, number])[];
}): CoCitationMatrix {
  const pairs = new Map(counts.pairs.map(([a, b, n]) => [pairKey(a, b), n]));
  const single = new Map(counts.works);
  const max = counts.pairs.reduce((m, [, , n]) => Math.max(m, n), 0);
  return {
    workIds: [...counts.coCited],
    countFor: (a, b) => (a === b ? (single.get(a) ?? 0) : (pairs.get(pairKey(a, b)) ?? 0)),
    max,
  };
}

/** Shade step 0..3 of a count relative to the largest count. */
export function shade(count: number, max: number): number {
  if (count <= 0 || max <= 0) return 0;
  return Math.max(1, Math.min(3, Math.ceil((count / max) * 3)));
}

export interface ClaimFilterSpec {
  workIds: readonly string[];
  section: Section | null;
}

/** Claims citing every work of the filter and lying in the filter's section (subsections included). */
export function filterClaims(claims: readonly Claim[], filter: ClaimFilterSpec): Claim[] {
  return claims.filter(
    (claim) =>
      filter.workIds.every((w) => claim.workIds.includes(w)) &&
      (!filter.section ||
        (claim.start >= filter.section.start && claim.start < filter.section.end)),
  );
}
