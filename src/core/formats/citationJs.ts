/**
 * The one module that loads citation-js (which registers its plugins globally on import) and
 * citeproc, configures them for Scholion, and hands typed pieces to the rest of src/core/formats/.
 */
import { logger, plugins } from '@citation-js/core';
import '@citation-js/plugin-bibtex';
import '@citation-js/plugin-csl';
import '@citation-js/plugin-ris';
import CSL from 'citeproc';
import biblatexModule from '@citation-js/plugin-bibtex/lib/mapping/biblatex.js';
import bibtexModule from '@citation-js/plugin-bibtex/lib/mapping/bibtex.js';
import * as latexTables from '@citation-js/plugin-bibtex/lib/input/constants.js';
import { EXTRA_TEXT_COMMANDS } from './bibtex/latexCommands';

export { parse as parseLatexValue } from '@citation-js/plugin-bibtex/lib/input/value.js';
export { fieldTypes as bibFieldTypes } from '@citation-js/plugin-bibtex/lib/input/constants.js';
export { crossref as inheritCrossref } from '@citation-js/plugin-bibtex/lib/mapping/crossref.js';
export {
  TYPE as BIB_TYPE,
  LABEL as BIB_LABEL,
  Converters as bibConverters,
} from '@citation-js/plugin-bibtex/lib/mapping/shared.js';
export {
  parse as splitRisRecords,
  parseMixed as risRecordToCsl,
  format as cslToRisRecords,
} from '@citation-js/plugin-ris/lib/ris.js';
export { CSL };

/**
 * A Babel-compiled CommonJS module's default export. Some loaders honour its `__esModule` flag
 * and hand over `exports.default`; Node's ESM loader (and tsx in ESM mode) hand over `exports`.
 */
function cjsDefault<T>(imported: T): T {
  return (imported as { default?: T }).default ?? imported;
}
export const biblatexMapping = cjsDefault(biblatexModule);
export const bibtexMapping = cjsDefault(bibtexModule);

// Keys are the user's: never let citation-js rename them; keep titles' case as written.
const bibtexConfig = plugins.config.get('@bibtex');
bibtexConfig.format.checkLabel = false;
bibtexConfig.format.useIdAsLabel = true;
bibtexConfig.parse.sentenceCase = 'never';
bibtexConfig.parse.strict = false;

// Commands real files use that the grammar would leave as "\\TeX" or "\\hyphen" in the text.
Object.assign(latexTables.commands, EXTRA_TEXT_COMMANDS);

/** True when citation-js's LaTeX grammar reads `\\command` itself (text, math, accent, format). */
export function isKnownLatexCommand(command: string): boolean {
  return (
    command in latexTables.commands ||
    command in latexTables.mathCommands ||
    command in latexTables.diacritics ||
    command in latexTables.formattingCommands ||
    command in latexTables.formattingEnvs ||
    command in latexTables.argumentCommands ||
    command === 'begin' ||
    command === 'end'
  );
}

/** BibLaTeX entry type -> CSL type, the table citation-js's mapping uses (missing -> 'document'). */
export const biblatexTypeMap: Readonly<Record<string, string>> = bibtexConfig.types.biblatex.source;
// citation-js's logger is silent by default but keeps every message in memory forever (a leak
// over a large import); Scholion reports problems itself, so nothing needs keeping.
logger.level = 'silent';
logger._log = { push: () => 0 };

/**
 * citeproc lower-cases every compared and rendered string with `toLocaleLowerCase(langs)`, which
 * builds ICU state on each call and was the largest single cost of a bibliography here. Only
 * Turkish, Azeri and Lithuanian lower-case differently from the locale-free rule, so the fast rule
 * is exact for every other language. Likewise its sort comparison builds a collator per call; one
 * cached collator with the same options gives the same order.
 */
const SPECIAL_CASING = /^(tr|az|lt)\b/i;
const plainCasing = (langs: string[]): boolean => langs.every((l) => !SPECIAL_CASING.test(l));
CSL.toLocaleLowerCase = function (this, s) {
  const langs = this.tmp.lang_array;
  return plainCasing(langs) ? s.toLowerCase() : s.toLocaleLowerCase(langs);
};
CSL.toLocaleUpperCase = function (this, s) {
  const langs = this.tmp.lang_array;
  return plainCasing(langs) ? s.toUpperCase() : s.toLocaleUpperCase(langs);
};
const collator = new Intl.Collator('en', {
  sensitivity: 'base',
  ignorePunctuation: true,
  numeric: true,
});
const LEADING_BRACKETS = /^[[\]'"]*/;
CSL.stringCompare = (a, b) =>
  collator.compare(a.replace(LEADING_BRACKETS, ''), b.replace(LEADING_BRACKETS, ''));

/**
 * After registering items, citeproc runs its disambiguator on every ambiguity group, including
 * groups of one work: for those it renders the citation once more, only to refresh the given
 * names a citation would show. A bibliography never shows them (and a group of one gets no year
 * letter), so engines that render bibliographies only skip groups of one: a third of the work
 * of registering a set of works. Citation engines keep citeproc's behaviour.
 */
const runDisambiguation = CSL.Disambiguation.prototype.run;
CSL.Disambiguation.prototype.run = function (this: InstanceType<typeof CSL.Disambiguation>, akey) {
  if (this.state.sys.bibliographyOnly === true) {
    const group = this.state.registry.ambigcites[akey];
    if (!group || group.length < 2) return;
  }
  runDisambiguation.call(this, akey);
};

/**
 * When registering an item, citeproc renders its citation only to find the items it reads like
 * (they share a key, and get year letters). A bibliography engine first finds the items that
 * cannot read like any other (csl/ambiguity.ts) and hands their ids in `sys.unambiguous`; those
 * get a key of their own and a blank disambiguation state, without rendering. Every other call
 * (with disambiguation settings: the disambiguator comparing real citations) is citeproc's own.
 */
const getAmbiguousCite = CSL.getAmbiguousCite;
CSL.getAmbiguousCite = function (
  this: InstanceType<typeof CSL.Engine>,
  Item,
  disambig,
  visualForm,
  item,
) {
  if (!disambig && !visualForm && !item && this.sys.unambiguous?.has(Item.id) === true) {
    this.tmp.disambig_settings = new CSL.AmbigConfig();
    return `\u0000alone\u0000${Item.id}`;
  }
  return getAmbiguousCite.call(this, Item, disambig, visualForm, item);
};
