/** Generated person and institution names: real surnames, synthetic ones in several styles, particles. */
import type { CslName, Work } from '../src/core/bibliography/model';
import { foldText } from '../src/core/search/fold';
import type { Rng } from './prng';
import {
  FAMILY_NAMES,
  GIVEN_NAMES,
  INSTITUTIONS,
  NAME_SYLLABLES,
  PARTICLE_NAMES,
} from './vocabulary';

/** Synthetic surnames (about 10,000), so a 100k library has a realistically large name vocabulary. */
const SYNTHETIC_FAMILIES: string[] = (() => {
  const out: string[] = [];
  for (const [starts, mids, ends] of NAME_SYLLABLES) {
    for (const s of starts) {
      for (const e of ends) {
        out.push(s + e.toLowerCase());
        for (const m of mids) out.push(s + m + e.toLowerCase());
      }
    }
  }
  return [...new Set(out)];
})();

function given(rng: Rng): string {
  const first = rng.pick(GIVEN_NAMES);
  const second = rng.chance(0.2) ? rng.pick(GIVEN_NAMES) : null;
  if (rng.chance(0.35)) {
    // Initials, as many bibliographies hold them ("J.-F.", "M. A.").
    const initial = (n: string): string => `${n[0] ?? ''}.`;
    return second ? `${initial(first)} ${initial(second)}` : initial(first);
  }
  return second ? `${first} ${second}` : first;
}

/** One person's name as a CSL name. */
export function generateName(rng: Rng): CslName {
  const r = rng.next();
  if (r < 0.06) {
    const [particle, family, kind] = rng.pick(PARTICLE_NAMES);
    return kind === 'nd'
      ? { family, given: given(rng), 'non-dropping-particle': particle }
      : { family, given: given(rng), 'dropping-particle': particle };
  }
  const family = r < 0.5 ? rng.zipf(FAMILY_NAMES, 0.6) : rng.pick(SYNTHETIC_FAMILIES);
  return { family, given: given(rng) };
}

/** An institutional author. */
export function institution(rng: Rng): CslName {
  return { literal: rng.pick(INSTITUTIONS) };
}

/** "Köhler 2011", "van der Berg and Smith 2004", "Ghosh et al. 1999": a work's author-year label. */
export function authorLabel(work: Work): string {
  const names = (work.csl.author ?? []).map((n) =>
    n.literal ? n.literal : [n['non-dropping-particle'], n.family].filter(Boolean).join(' '),
  );
  const year = work.csl.issued?.['date-parts']?.[0]?.[0] ?? 'n.d.';
  const who =
    names.length > 2
      ? `${names[0]} et al.`
      : names.length === 2
        ? names.join(' and ')
        : (names[0] ?? 'Anon.');
  return `${who} ${year}`;
}

/** The ASCII family-name stem of a citation key ("Köhler" → "kohler"; an institution's first word). */
export function keyBase(author: CslName | undefined): string {
  const raw = author?.family ?? author?.literal?.split(/\s+/)[0] ?? 'anon';
  return foldText(raw).replace(/[^a-z0-9]/g, '') || 'anon';
}
