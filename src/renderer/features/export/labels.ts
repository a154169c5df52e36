// Names of formats, styles, locales and citation forms as the dialogs show them.
import type {
  BibliographyOutput,
  CitationForm,
  ExportFormatId,
  StyleId,
} from '../../../shared/contract';
import {
  EXPORT_FORMAT_IDS,
  FILE_FORMATS,
  OUTPUT_FORMAT_IDS,
  OUTPUT_FORMATS,
  STYLE_IDS,
  STYLES,
} from '../../../core/formats/registry';

export const FORMAT_LABELS: Record<ExportFormatId, string> = {
  ...fromRegistry(EXPORT_FORMAT_IDS, (id) => FILE_FORMATS[id].label),
  bibliography: 'Formatted bibliography',
};

export const STYLE_LABELS: Record<StyleId, string> = fromRegistry(
  STYLE_IDS,
  (id) => STYLES[id].label,
);

/** What the export dialog says a file format cannot carry (null: it keeps everything). */
export const FORMAT_LIMITS: Record<ExportFormatId, string | null> = {
  ...fromRegistry(EXPORT_FORMAT_IDS, (id) => FILE_FORMATS[id].limits),
  bibliography: null,
};

export const LOCALE_LABELS = {
  default: 'The style’s own',
  'en-US': 'English (US)',
  'en-GB': 'English (UK)',
} as const;

export const OUTPUT_LABELS: Record<BibliographyOutput, string> = fromRegistry(
  OUTPUT_FORMAT_IDS,
  (id) => OUTPUT_FORMATS[id].label,
);

export const CITATION_FORM_LABELS: Record<CitationForm, string> = {
  pandoc: 'pandoc / Markdown',
  'latex-parencite': 'LaTeX \\parencite (biblatex)',
  'latex-citep': 'LaTeX \\citep (natbib)',
  'in-text': 'Formatted in-text',
};

/** "1 work", "29 works". */
function fromRegistry<K extends string, V>(ids: readonly K[], value: (id: K) => V): Record<K, V> {
  return Object.fromEntries(ids.map((id) => [id, value(id)])) as Record<K, V>;
}

export const countWorks = (n: number): string => (n === 1 ? '1 work' : `${n} works`);
