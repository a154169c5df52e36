/** Word lists and a seeded PRNG for the formats benchmark's generated .bib files and works. */

/** mulberry32: a small seeded PRNG, so generated files are byte-identical from run to run. */
export class Rand {
  private state: number;
  constructor(seed: number) {
    this.state = seed >>> 0;
  }
  next(): number {
    this.state = (this.state + 0x6d2b79f5) >>> 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }
  chance(p: number): boolean {
    return this.next() < p;
  }
  pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.next() * items.length)]!;
  }
  /** Skewed towards the front of the list (a few names and journals are very common). */
  skewed<T>(items: readonly T[]): T {
    const r = this.next();
    return items[Math.floor(r * r * items.length)]!;
  }
}

/** A family name: [as UTF-8, as a .bib file would spell it]. */
export type Spelled = readonly [string, string];

export const FAMILIES: readonly Spelled[] = [
  ...(
    'Smith Johnson Brown Taylor Wilson Davies Evans Thomas Roberts Walker Wright Green Hall Wood ' +
    'Jackson Clarke Martin Lewis Harris Young Allen King Scott Baker Adams Hill Betts Lavenex ' +
    'Panizzon Boswell Geddes Guiraudon Hansen Ghosh Newland Martens Hollifield Castles Miller ' +
    'Sassen Joppke Koopmans Favell Bommes Faist Pécoud Triandafyllidou Zolberg Weiner Freeman ' +
    'Rosenau Keohane Nye Haas Risse Börzel Héritier Schimmelfennig Sedelmeier Wallace Peterson'
  )
    .split(' ')
    .map((n) => [n, n] as const),
  ['Köhler', 'K{\\"o}hler'],
  ['Müller', 'M{\\"u}ller'],
  ['Gómez', "G{\\'o}mez"],
  ['Søndergaard', 'S{\\o}ndergaard'],
  ['Dvořák', "Dvo{\\v{r}}{\\'a}k"],
  ['Łukasiewicz', '{\\L}ukasiewicz'],
  ['Çelik', '{\\c{C}}elik'],
  ['Straße', 'Stra{\\ss}e'],
  ['Ångström', '{\\AA}ngstr{\\"o}m'],
  ['Nuñez', 'Nu{\\~n}ez'],
  ['Ferré', 'Ferré'],
  ['Wæver', 'W{\\ae}ver'],
  ['Jäger', 'Jäger'],
  ['Lindqvist', 'Lindqvist'],
  ['Nguyễn', 'Nguyễn'],
];

/**
 * Made-up surnames (about 2,500) from syllables, so that a generated library has the long tail
 * of distinct names a real one has (real reading lists rarely share a first author and year).
 */
export const SYNTHETIC_FAMILIES: readonly Spelled[] = (() => {
  const starts =
    'Ber Kal Mor Tan Vel Hos Lin Dra Fen Gor Ros Sal Wen Cor Mar Pel Ron Har Sta Bel'.split(' ');
  const mids = ['', 'an', 'en', 'ol', 'ar', 'is'];
  const ends = 'ger din mann son ski ova ez ini ard ley ton berg ström vić'.split(' ');
  const out: Spelled[] = [];
  for (const s of starts)
    for (const m of mids)
      for (const e of ends) {
        const name = s + m + e;
        out.push([name, name.replace('ö', '{\\"o}').replace('ć', "{\\'c}")]);
      }
  return out;
})();

export const GIVENS: readonly Spelled[] = [
  ...(
    'John Mary Alexander Sandra Marion Kay Virginie Christian Jagdish Bimal Kathleen James ' +
    'Robert Susan Anna Peter Sarah David Laura Michael Elena Thomas Julia Martin Andrea Paul ' +
    'Sophie Jean-Pierre Hans Eva Lars Ingrid Kemal Yasemin Chen Wei Akira Rosa Miguel'
  )
    .split(' ')
    .map((n) => [n, n] as const),
  ['Émile', "{\\'E}mile"],
  ['François', 'Fran{\\c{c}}ois'],
  ['Jürgen', 'J{\\"u}rgen'],
  ['Zoë', 'Zo{\\"e}'],
  ['Bjørn', 'Bj{\\o}rn'],
];

export const PARTICLES: readonly (readonly [string, string])[] = [
  ['van der', 'Berg'],
  ['de', 'Haas'],
  ['von', 'Weizsäcker'],
  ['van', 'Selm'],
  ['di', 'Pietro'],
];

export const INSTITUTIONS: readonly string[] = [
  'European Commission',
  'International Organization for Migration',
  'United Nations Research Institute for Social Development',
  'Council of the European Union',
  'OECD',
  'World Bank',
  'Global Commission on International Migration',
];

/** [full name, @string macro name] */
export const JOURNALS: readonly (readonly [string, string])[] = [
  ['Journal of European Public Policy', 'jepp'],
  ['International Migration Review', 'imr'],
  ['Journal of Ethnic and Migration Studies', 'jems'],
  ['Foreign Affairs', 'fa'],
  ['West European Politics', 'wep'],
  ['Journal of Common Market Studies', 'jcms'],
  ['Global Governance', 'gg'],
  ['International Organization', 'io'],
  ['Comparative Political Studies', 'cps'],
  ['European Journal of International Relations', 'ejir'],
  ['Migration Studies', 'ms'],
  ['Politics & Society', 'ps'],
  ['Review of International Political Economy', 'ripe'],
  ['Journal of Refugee Studies', 'jrs'],
  ['Security Dialogue', 'sd'],
];

export const PUBLISHERS: readonly (readonly [string, string])[] = [
  ['Oxford University Press', 'Oxford'],
  ['Cambridge University Press', 'Cambridge'],
  ['Palgrave Macmillan', 'Basingstoke'],
  ['Routledge', 'London'],
  ['Springer', 'Berlin'],
  ['Edward Elgar', 'Cheltenham'],
  ['Princeton University Press', 'Princeton'],
  ['Presses de Sciences Po', 'Paris'],
  ['Suhrkamp', 'Frankfurt am Main'],
];

export const TITLE_WORDS = (
  'migration governance partnership approach policy cooperation borders external dimension ' +
  'mobility asylum refugees readmission agreements development remittances labour markets ' +
  'security integration citizenship transnational networks regional dialogue bargaining power ' +
  'conditionality neighbourhood visa liberalisation diaspora circular return irregular control ' +
  'institutions legitimacy accountability frames norms diffusion regimes multilevel politics ' +
  'states sovereignty enlargement trafficking humanitarian protection externalisation'
).split(' ');

/** Names and acronyms a title may hold (braced in .bib so BibTeX keeps their case). */
export const PROPER = [
  'EU',
  'Europe',
  'Africa',
  'Mediterranean',
  'Schengen',
  'Frontex',
  'UNHCR',
  'Morocco',
  'Switzerland',
  'Mobility Partnerships',
];

export const ABSTRACT_WORDS = (
  'this article examines how states and international organisations negotiate the terms of ' +
  'cooperation on migration we argue that the partnership approach reflects both interests and ' +
  'ideas drawing on interviews with officials in several capitals the analysis shows that ' +
  'bargaining asymmetries persist although new venues for dialogue have emerged findings ' +
  'suggest implications for theories of regional governance and for policy practice'
).split(' ');
