/**
 * Readies a style's bibliography engine before the user asks for a bibliography: builds the
 * engine (parsing the style and locale takes ~0.1 s) and renders a few made-up works of every
 * common type, so that the JavaScript engine has compiled citeproc's code paths. A first
 * bibliography of 1,000 works then costs what a later one does.
 */
import type { CslItem, CslName } from '../../bibliography/model';
import type { LocaleId, OutputFormat, StyleId } from '../types';
import { styleEngine } from './engine';

const TYPES = [
  'article-journal',
  'book',
  'chapter',
  'paper-conference',
  'report',
  'thesis',
  'webpage',
  'article-newspaper',
];
const FAMILIES = ['Warmup', 'Van der Proef', 'Probe', 'Essai', 'Prova', 'Test'];

/**
 * Made-up works: every common type, one to twenty-two authors, institutions, no date, twins
 * (works i and i + 24), each pair of twins side by side.
 */
function sampleItems(): CslItem[] {
  const items: CslItem[] = [];
  for (let k = 0; k < 48; k++) {
    const i = (k >> 1) + (k & 1) * 24;
    const type = TYPES[i % TYPES.length]!;
    const authors: CslName[] = [];
    const count = i % 11 === 0 ? 22 : (i % 4) + 1;
    for (let a = 0; a < count; a++) {
      authors.push(
        a === 1 && i % 5 === 0
          ? { literal: 'Organisation for Warm-Up Studies' }
          : { family: FAMILIES[(i + a) % FAMILIES.length]!, given: a % 2 ? 'A. B.' : 'Carla' },
      );
    }
    const item: CslItem = {
      id: `scholion-warm-up-${i}`,
      type,
      title: `On warming up: the EU and its engines, part ${i % 24}`,
      author: authors,
      // Pairs of works by the same authors in the same year, so that year letters are given.
      issued:
        i % 9 === 8 ? { literal: 'n.d.' } : { 'date-parts': [[2000 + (i % 24), 1 + (i % 12)]] },
      'container-title': 'Journal of Warm-Up Studies',
      volume: String(i + 1),
      issue: String((i % 4) + 1),
      page: `${i + 1}-${i + 20}`,
      publisher: 'Warm-Up Press',
      'publisher-place': 'Lausanne',
      DOI: `10.0000/warm.${i}`,
      URL: `https://example.org/warm-up/${i}`,
    };
    if (type === 'chapter') item.editor = [{ family: 'Editor', given: 'E.' }];
    if (i % 7 === 0) item.edition = '2';
    items.push(item);
  }
  return items;
}

/** Output formats a bibliography is asked in. */
const FORMATS: OutputFormat[] = ['text', 'html', 'rtf'];
/**
 * Sample works registered and rendered at a time (a pair of twins): steps of 2-40 ms. Groups of
 * eight made steps of up to ~90 ms, which a key typed meanwhile waited for.
 */
const GROUP = 2;

/**
 * The warm-up of `style`'s bibliography engine (and `locale`'s) in steps, a yield after each:
 * building the engine (~0.2 s, one piece), then each group of sample works registered anew and
 * rendered in one format. Run in one piece it held the app's main process ~0.8 s, and a key typed
 * meanwhile waited for it (a filter key of ~200 ms at start).
 */
export function* warmUpSteps(style: StyleId, locale?: LocaleId): Generator<void, void, void> {
  const engine = styleEngine(style, locale, 'bibliography');
  yield;
  // Twins side by side, so that each group also gives year letters.
  const items = sampleItems();
  for (let at = 0; at < items.length; at += GROUP) {
    // A new set each time: the path that empties and refills the registry is warmed too.
    engine.register(items.slice(at, at + GROUP));
    for (const format of FORMATS) {
      engine.bibliography(format);
      yield;
    }
  }
  engine.register([]);
}

/**
 * Builds and warms the bibliography engine of `style` (and `locale`) in one piece (see
 * `warmUpSteps`). Call it once the CSL resources are registered, when the app is idle;
 * formatting works without it, only slower the first time.
 */
export function warmUpBibliography(style: StyleId, locale?: LocaleId): void {
  for (const step of warmUpSteps(style, locale)) void step;
}
