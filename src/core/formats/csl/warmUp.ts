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

/** Made-up works: every common type, one to twenty-two authors, institutions, no date, twins. */
function sampleItems(): CslItem[] {
  const items: CslItem[] = [];
  for (let i = 0; i < 48; i++) {
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

/**
 * Builds and warms the bibliography engine of `style` (and `locale`). Call it once the CSL
 * resources are registered, when the app is idle; formatting works without it, only slower the
 * first time.
 */
export function warmUpBibliography(style: StyleId, locale?: LocaleId): void {
  const engine = styleEngine(style, locale, 'bibliography');
  const items = sampleItems();
  engine.register(items);
  for (const format of ['text', 'html', 'rtf'] as OutputFormat[]) engine.bibliography(format);
  // A second, changed set warms the path that empties and refills the registry.
  engine.register(items.slice(0, 30).reverse());
  engine.bibliography('text');
  engine.register([]);
}
