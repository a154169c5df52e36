// Names of formats, styles, locales and citation forms as the dialogs show them.
import type {
  BibliographyOutput,
  CitationForm,
  ExportFormatId,
  StyleId,
} from '../../../shared/contract';

export const FORMAT_LABELS: Record<ExportFormatId, string> = {
  bibtex: 'BibTeX (.bib)',
  biblatex: 'BibLaTeX (.bib, for biber)',
  ris: 'RIS (.ris)',
  'csl-json': 'CSL-JSON (.json)',
  bibliography: 'Formatted bibliography',
};

export const STYLE_LABELS: Record<StyleId, string> = {
  apa: 'APA 7th edition',
  'chicago-author-date': 'Chicago author-date (17th)',
  harvard: 'Harvard (Cite Them Right)',
  mla: 'MLA 9th edition',
};

export const LOCALE_LABELS = {
  default: 'The style’s own',
  'en-US': 'English (US)',
  'en-GB': 'English (UK)',
} as const;

export const OUTPUT_LABELS: Record<BibliographyOutput, string> = {
  text: 'Plain text',
  html: 'HTML',
  rtf: 'Rich Text (RTF)',
};

export const CITATION_FORM_LABELS: Record<CitationForm, string> = {
  pandoc: 'pandoc / Markdown',
  'latex-parencite': 'LaTeX \\parencite (biblatex)',
  'latex-citep': 'LaTeX \\citep (natbib)',
  'in-text': 'Formatted in-text',
};

/** "1 work", "29 works". */
export const countWorks = (n: number): string => (n === 1 ? '1 work' : `${n} works`);
