// Reads the tagged reference strings of ../shared/evals/refstrings (AnyStyle gold, BSD-2-Clause;
// GROBID citation corpus, Apache-2.0) and turns each entry into tokens with one label each.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { tokenize, type Token } from '../../src/core/references/parse/tokens';

export const CORPORA = ['anystyle_gold', 'grobid_citation_corpus'] as const;
export type CorpusName = (typeof CORPORA)[number];

/** One training entry: its raw text, tokens and the gold label of each token. */
export interface LabelledEntry {
  corpus: CorpusName;
  /** Line number in its corpus file (0-based): the held-out split is chosen by it. */
  line: number;
  raw: string;
  tokens: Token[];
  labels: string[];
}

interface GoldLine {
  raw: string;
  segments: [string, string][];
}

const GROBID: Record<string, string> = {
  author: 'author',
  authors: 'author',
  'orgName@collaboration': 'author',
  editor: 'editor',
  date: 'date',
  year: 'date',
  month: 'date',
  'biblScope@date': 'date',
  'title@a': 'title',
  title: 'title',
  'title@j': 'container-title',
  'title@s': 'collection-title',
  'biblScope@pp': 'pages',
  'biblScope@page': 'pages',
  'biblScope@pages': 'pages',
  'biblStruct@page': 'pages',
  page: 'pages',
  'biblScope@vol': 'volume',
  'biblScope@volume': 'volume',
  volumes: 'volume',
  'biblScope@issue': 'issue',
  pubPlace: 'location',
  pubplace: 'location',
  publisher: 'publisher',
  publishe: 'publisher',
  note: 'note',
  notes: 'note',
  'idno@DOI': 'doi',
  'ptr@web': 'url',
  orgName: 'institution',
  'idno@report': 'number',
  idno: 'number',
};

const ANYSTYLE: Record<string, string> = {
  journal: 'container-title',
  isbn: 'identifier',
};

/** The parser's label for a corpus tag ("title@j" -> "container-title"), or "other". */
function labelOf(corpus: CorpusName, tag: string, text: string, tags: readonly string[]): string {
  if (corpus === 'anystyle_gold') return ANYSTYLE[tag] ?? tag;
  if (tag === 'title@m') return tags.includes('title@a') ? 'container-title' : 'title';
  if (tag === 'note@report') return /\d/.test(text) ? 'number' : 'genre';
  return GROBID[tag] ?? (tag.startsWith('idno@') ? 'identifier' : 'other');
}

/** The repository's sibling folder shared/evals/refstrings. */
export function refstringsDir(repoRoot: string): string {
  return join(repoRoot, '..', 'shared', 'evals', 'refstrings');
}

/** Every entry of one corpus, tokenised and labelled from its tagged segments. */
export function readCorpus(repoRoot: string, corpus: CorpusName): LabelledEntry[] {
  const text = readFileSync(join(refstringsDir(repoRoot), `${corpus}.jsonl`), 'utf8');
  const out: LabelledEntry[] = [];
  text.split('\n').forEach((lineText, line) => {
    if (!lineText.trim()) return;
    const gold = JSON.parse(lineText) as GoldLine;
    const raw = gold.raw.replace(/\n/g, ' ');
    const charLabels: string[] = new Array<string>(raw.length).fill('other');
    const tags = gold.segments.map(([tag]) => tag);
    let pos = 0;
    for (const [tag, segText] of gold.segments) {
      const at = raw.indexOf(segText, pos);
      if (at < 0) continue;
      const label = labelOf(corpus, tag, segText, tags);
      for (let k = at; k < at + segText.length; k++) charLabels[k] = label;
      if (tag === 'note@report') markGenre(at, segText, charLabels);
      if (corpus === 'anystyle_gold' && tag === 'volume') markIssue(at, segText, charLabels);
      pos = at + segText.length;
    }
    const tokens = tokenize(raw);
    const labels = absorbUntagged(
      tokens,
      tokens.map((t) => charLabels[t.start]!),
    );
    out.push({ corpus, line, raw, tokens, labels });
  });
  return out;
}

/**
 * GROBID tags "Working Paper No. 13987" as one report note: the words before the number are the
 * report's genre, as the parser gives them ("Working Paper", number "13987").
 */
export function markGenre(at: number, segText: string, charLabels: string[]): void {
  const m = /^(\P{N}*\p{L})(?=[\s.,]+(?:(?:no|nr|n°)\.?\s*)?\p{N})/iu.exec(segText);
  if (!m || !/\p{N}/u.test(segText)) return;
  const words = m[1]!.replace(/[\s,]*(?:no|nr|n°)$/iu, '');
  if (!/\p{L}{2}/u.test(words)) return;
  for (let k = at; k < at + words.length; k++) charLabels[k] = 'genre';
}

/** AnyStyle tags "61(3)" or "36, no. 9" as one volume; the issue part is the issue. */
function markIssue(at: number, segText: string, charLabels: string[]): void {
  const m = /^(\s*\S+?)\s*(\(|,?\s*nos?\.\s*)(.+)$/iu.exec(segText);
  if (!m || !/\d/.test(m[1]!)) return;
  const from = at + m[1]!.length;
  for (let k = from; k < at + segText.length; k++) charLabels[k] = 'issue';
}

const OPENING = /^[([{"“‘«„]$/u;
const WORD = /[\p{L}\p{N}]/u;
const LIST_NUMBER_PART = /^(?:\d+|[[\].)(])$/u;
const EDITOR_SUFFIX = /^(?:eds?|editors?|hrsg|hg|dir|coord|comp)$/iu;

/**
 * Gives the untagged text between fields to a neighbouring field, so that the tagger learns
 * "Title. In Container" as title -> container (a first-order model forgets a field across an
 * untagged gap): words ("In", "pp.", "Vol.", "edited by") and opening brackets go with the field
 * after them, other punctuation and "(eds.)" with the field before. The cleaners of
 * src/core/references/parse/fieldValues.ts drop these labels and marks again.
 */
export function absorbUntagged(tokens: readonly Token[], labels: readonly string[]): string[] {
  const out = [...labels];
  for (let i = 0; i < out.length;) {
    if (out[i] !== 'other') {
      i++;
      continue;
    }
    let j = i;
    while (j < out.length && out[j] === 'other') j++;
    const prev = i > 0 ? out[i - 1]! : null;
    const next = j < out.length ? out[j]! : null;
    // Before the first field: a list number ("17.", "[8]") is the citation number, anything else
    // ("Vgl.", "///") no field's (given to the author, it became part of the first name).
    if (prev === null) {
      const run = tokens.slice(i, j).map((t) => t.text);
      const label = run.every((t) => LIST_NUMBER_PART.test(t)) && run.some((t) => /\d/.test(t));
      if (label) for (let k = i; k < j; k++) out[k] = 'citation-number';
      i = j;
      continue;
    }
    // The part of the run from its first word or opening bracket on goes forward.
    let cut = i;
    while (cut < j && !WORD.test(tokens[cut]!.text) && !OPENING.test(tokens[cut]!.text)) cut++;
    // "(eds.)," after the editors (or after authors who are editors) stays with them.
    const firstWord = tokens.slice(i, j).find((t) => WORD.test(t.text));
    if ((prev === 'editor' || prev === 'author') && firstWord && EDITOR_SUFFIX.test(firstWord.text))
      cut = j;
    for (let k = i; k < j; k++) {
      const target = k < cut ? prev : (next ?? prev);
      if (target) out[k] = target;
    }
    i = j;
  }
  return out;
}
