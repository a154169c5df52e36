/** Parser benchmarks: the bundled paper end to end, and citation-scanning throughput on large text. */
import { parseDocument } from '../src/core/document';
import { parseCitations } from '../src/core/citations';
import { BUNDLED_DOCUMENT_ID } from '../src/core/documents';
import { analysePaper } from '../src/core/paper';
import { loadBibliography } from '../src/core/bibliography';
import { findResourcesDir, readBundledResources } from '../src/services/library';
import { median, quantile, round, timeRuns } from './stats';

export interface ParserBench {
  paperChars: number;
  citationsFound: number;
  parseDocumentMedianMs: number;
  parseCitationsMedianMs: number;
  analysePaperMedianMs: number;
  analysePaperP95Ms: number;
  syntheticMB: number;
  syntheticCitations: number;
  citationThroughputMBs: number;
}

/**
 * A large synthetic text: the paper's body repeated with varied names and years, so the scanner
 * sees realistic prose with citations at the paper's density, not one string over and over.
 */
function syntheticText(body: string, targetBytes: number): string {
  const names = ['Köhler', 'van der Heijden', "O'Riordan", 'Pahl-Wostl', 'Smith', 'Héritier'];
  const parts: string[] = [];
  let size = 0;
  for (let i = 0; size < targetBytes; i++) {
    const name = names[i % names.length] ?? 'Smith';
    const year = 1950 + (i % 70);
    const chunk = `${body}\n\nAs ${name} (${year}: ${i % 300}) argues, this holds (see also ${name} and Lee ${year}a; GCIM ${year}b, 12–15).`;
    parts.push(chunk);
    size += Buffer.byteLength(chunk, 'utf8');
  }
  return parts.join('\n\n');
}

/** Runs the parser benchmarks and returns their figures. */
export function benchParser(quick: boolean): ParserBench {
  const { paperSource, bibliography } = readBundledResources(findResourcesDir());
  const works = loadBibliography(bibliography, { kind: 'bundled' });
  const runs = quick ? 20 : 50;
  const doc = parseDocument(paperSource);
  const parseDoc = timeRuns(() => parseDocument(paperSource), runs);
  const parseCit = timeRuns(() => parseCitations(doc.text), runs);
  const analyse = timeRuns(() => analysePaper(paperSource, works, BUNDLED_DOCUMENT_ID), runs);

  const big = syntheticText(doc.text, quick ? 4_000_000 : 16_000_000);
  const mb = Buffer.byteLength(big, 'utf8') / 1e6;
  let found = 0;
  const bigRuns = timeRuns(() => (found = parseCitations(big).length), 3, 1);
  return {
    paperChars: paperSource.length,
    citationsFound: parseCitations(doc.text).length,
    parseDocumentMedianMs: round(median(parseDoc)),
    parseCitationsMedianMs: round(median(parseCit)),
    analysePaperMedianMs: round(median(analyse)),
    analysePaperP95Ms: round(quantile(analyse, 0.95)),
    syntheticMB: round(mb, 1),
    syntheticCitations: found,
    citationThroughputMBs: round(mb / (median(bigRuns) / 1000), 1),
  };
}
