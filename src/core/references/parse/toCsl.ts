// Turns the labelled segments of one reference string into a CSL-JSON item.
import type { CslItem } from '../../bibliography/model';
import {
  accessDate,
  cleanContainer,
  cleanPublisher,
  cleanText,
  cleanTitle,
  normaliseDoi,
  normaliseUrl,
  parseIssued,
} from './fieldValues';
import { editionValue } from './edition';
import { cleanNumberField } from './numbering';
import { sourceNumbers, volumeCountAfterTitle } from './sourceNumbers';
import type { FieldLabel, Segment } from './model';
import { splitNames } from './names';
import { repairSegments } from './repairs';
import { inferType } from './types';

/** Joins every segment of each label, in order ("Smith, J.," + "Doe, K." -> one author list). */
function byLabel(segments: readonly Segment[]): Map<FieldLabel, string[]> {
  const out = new Map<FieldLabel, string[]>();
  for (const s of segments) {
    const list = out.get(s.label) ?? [];
    list.push(s.text);
    out.set(s.label, list);
  }
  return out;
}

/** Builds the CSL-JSON item of a reference from its segments (`id` left empty for the caller). */
export function segmentsToCsl(tagged: readonly Segment[]): CslItem {
  const segments = repairSegments(tagged);
  const fields = byLabel(segments);
  const first = (label: FieldLabel): string | undefined => fields.get(label)?.[0];
  const all = (label: FieldLabel): string | undefined => fields.get(label)?.join(' ');
  const csl: CslItem = { id: '', type: 'article-journal' };
  const set = (key: string, value: string | undefined): void => {
    if (value) csl[key] = value;
  };
  const authors = all('author');
  if (authors) {
    const list = splitNames(authors);
    if (list.names.length) csl.author = list.names;
    if (list.truncated) csl['scholion-author-truncated'] = true;
  }
  const editors = all('editor');
  if (editors) {
    const list = splitNames(editors);
    if (list.names.length) csl.editor = list.names;
  }
  const translators = all('translator');
  if (translators) {
    const list = splitNames(translators);
    if (list.names.length) csl.translator = list.names;
  }
  const date = all('date');
  const issued = date ? parseIssued(date) : null;
  if (issued) {
    csl.issued = issued.issued;
    set('year-suffix', issued.yearSuffix);
    set('status', issued.status);
  }
  const title = first('title') && cleanTitle(first('title')!);
  const volumeCount = title ? volumeCountAfterTitle(title) : null;
  set('title', volumeCount?.title ?? title);
  set('number-of-volumes', volumeCount?.volumes);
  set('container-title', first('container-title') && cleanContainer(first('container-title')!));
  set('collection-title', first('collection-title') && cleanContainer(first('collection-title')!));
  const numbers = sourceNumbers({
    volume: first('volume'),
    issue: first('issue'),
    pages: first('pages'),
    container: first('container-title'),
  });
  set('volume', numbers.volume);
  set('issue', numbers.issue);
  set('page', numbers.page);
  if (numbers.seriesNumber && typeof csl['container-title'] === 'string')
    csl['container-title'] = `${csl['container-title']} ${numbers.seriesNumber}`;
  set('edition', first('edition') && editionValue(first('edition')!));
  set('publisher', first('publisher') && cleanPublisher(first('publisher')!));
  set('publisher-place', first('location') && cleanText(first('location')!));
  set('genre', first('genre') && cleanText(first('genre')!));
  set('number', first('number') && cleanNumberField(first('number')!));
  // "doi: S0168-9525(03)00073-8 [pii] 10.1016/S0168-9525(03)00073-8": the tagger may split a
  // DOI's label or a publisher item id from the DOI; the DOI is the segment that holds one.
  const doi = fields.get('doi')?.find((d) => /\b10\.\d/u.test(d)) ?? first('doi');
  set('DOI', doi && normaliseDoi(doi));
  set('URL', first('url') && normaliseUrl(first('url')!));
  // A resolver link is the DOI: "https://doi.org/10.1016/..." gives DOI 10.1016/... and no URL.
  if (typeof csl.URL === 'string' && /^https?:\/\/(?:dx\.)?doi\.org\/10\./iu.test(csl.URL)) {
    csl.DOI ??= normaliseDoi(csl.URL);
    delete csl.URL;
  }
  set('note', all('note') && cleanText(all('note')!));
  const access = typeof csl.note === 'string' ? accessDate(csl.note) : null;
  if (access) {
    csl.accessed = access.accessed;
    if (access.rest) csl.note = access.rest;
    else delete csl.note;
  }
  set('citation-number', first('citation-number') && cleanNumberField(first('citation-number')!));
  const institution = first('institution') && cleanText(first('institution')!);
  if (institution) {
    if (csl.publisher) csl.authority = institution;
    else csl.publisher = institution;
  }
  const identifier = all('identifier');
  if (identifier) {
    const arxiv = /arxiv\s*:?\s*([\w./-]+)/iu.exec(identifier);
    if (arxiv) csl.number = `arXiv:${arxiv[1]!.replace(/[.,;]+$/u, '')}`;
    else set('note', [csl.note, cleanText(identifier)].filter(Boolean).join('; '));
  }
  csl.type = inferType(csl, segments);
  return csl;
}
