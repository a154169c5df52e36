// The fields of a reference-list entry as a small form edits them, and back to CSL-JSON (pure).
import type { CslItem, CslName } from '../../../core/bibliography/model';

/** What the correction form shows: plain text per field. */
export interface ReferenceForm {
  /** "Family, Given; Family, Given" (an organisation alone, without a comma). */
  authors: string;
  year: string;
  title: string;
  container: string;
  doi: string;
}

const nameText = (n: CslName): string =>
  n.literal ?? [n.family, n.given].filter(Boolean).join(', ');

/** The form's values for an entry's parsed fields (blank where the parse found nothing). */
export function formOfCsl(csl: CslItem | null): ReferenceForm {
  const year = csl?.issued?.['date-parts']?.[0]?.[0];
  const container = csl?.['container-title'];
  const doi = csl?.DOI;
  return {
    authors: (csl?.author ?? []).map(nameText).join('; '),
    year: year === undefined ? '' : String(year),
    title: csl?.title ?? '',
    container: typeof container === 'string' ? container : '',
    doi: typeof doi === 'string' ? doi : '',
  };
}

/** One author as typed: "Family, Given", or a single name (an organisation) as a literal. */
function parseName(text: string): CslName | null {
  const t = text.trim();
  if (!t) return null;
  const comma = t.indexOf(',');
  if (comma < 0) return { literal: t };
  const family = t.slice(0, comma).trim();
  const given = t.slice(comma + 1).trim();
  return given ? { family, given } : { family };
}

/**
 * The CSL-JSON fields the form sets, to send as a correction. A blank field is sent empty (the
 * user cleared what the parser read); a year that is no number is kept as a literal date.
 */
export function cslFieldsOf(form: ReferenceForm): Record<string, unknown> {
  const year = form.year.trim();
  const doi = form.doi
    .trim()
    .replace(/^https?:\/\/(dx\.)?doi\.org\//i, '')
    .replace(/^doi:\s*/i, '');
  return {
    author: form.authors
      .split(';')
      .map(parseName)
      .filter((n): n is CslName => n !== null),
    issued: /^\d{4}$/.test(year)
      ? { 'date-parts': [[Number(year)]] }
      : year
        ? { literal: year }
        : {},
    title: form.title.trim(),
    'container-title': form.container.trim(),
    DOI: doi,
  };
}
