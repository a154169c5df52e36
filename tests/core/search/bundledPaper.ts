// The bundled paper and its bibliography, analysed as the app does, for the search tests.
import { readFileSync } from 'node:fs';
import { loadBibliography } from '../../../src/core/bibliography';
import { BUNDLED_DOCUMENT_ID } from '../../../src/core/documents';
import { analysePaper } from '../../../src/core/paper';

const resource = (name: string): string =>
  readFileSync(new URL(`../../../resources/${name}`, import.meta.url), 'utf8');

export const works = loadBibliography(JSON.parse(resource('bibliography.csl.json')), {
  kind: 'bundled',
});
export const paper = analysePaper(
  resource('lavenex-panizzon-2013-multilayered-migration-governance.md'),
  works,
  BUNDLED_DOCUMENT_ID,
);
