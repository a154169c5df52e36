/**
 * Import methods: plan a file's import (nothing written) and apply it with the user's decisions.
 * Plans are kept here, by id, between the two calls (the last few only).
 */
import { randomBytes } from 'node:crypto';
import { UNTITLED, workLabel } from '../../core/bibliography';
import type { Work } from '../../core/bibliography/model';
import type { ImportOutputs, ImportPlanView, MatchReason } from '../../shared/contract';
import { ServiceError } from '../../services/errors';
import {
  applyImport,
  planImport,
  type BibParser,
  type ImportPlan,
  type WorkStore,
} from '../../services/import';
import type { HandlersOf } from './types';

/** Plans kept for applyImport; an older plan must be checked again. */
const KEEP_PLANS = 8;

const REASONS: Record<MatchReason, string> = {
  'same-entry': 'the same entry (same key and fields)',
  'doi-in-file': 'same DOI as an entry above in this file',
  doi: 'same DOI',
  isbn: 'same ISBN',
  'title-year-author': 'same title, year and first author',
};

function asWork(key: string, csl: Work['csl']): Work {
  return {
    citationKey: key,
    csl,
    provenance: { kind: 'imported' },
    confidence: null,
    citedAs: [],
    aliases: [],
    tags: [],
  };
}

/** Fields a merge never takes from the file: the record's identity. */
const OWN_FIELDS = new Set(['id', 'citation-key']);

/** A CSL value as one line of text: names "Family, Given; …", dates "2001-3-4", else JSON. */
function fieldText(value: unknown): string {
  if (value === undefined || value === null) return '';
  if (typeof value === 'string' || typeof value === 'number') return String(value);
  if (Array.isArray(value) && value.every((v) => v && typeof v === 'object')) {
    return value
      .map((n: Record<string, unknown>) =>
        typeof n.literal === 'string'
          ? n.literal
          : [n.family, n.given].filter((p) => typeof p === 'string' && p).join(', '),
      )
      .join('; ');
  }
  if (typeof value === 'object' && 'date-parts' in value) {
    const parts = (value as { 'date-parts'?: unknown[][] })['date-parts'] ?? [];
    return parts.map((p) => p.join('-')).join(' – ');
  }
  return JSON.stringify(value);
}

/** The fields of a library work and of a file entry, side by side, in the entry's order. */
function mergeFields(library: Work['csl'] | undefined, file: Work['csl']) {
  const names = [...new Set([...Object.keys(file), ...Object.keys(library ?? {})])];
  return names
    .filter((name) => !OWN_FIELDS.has(name))
    .map((name) => ({
      name,
      library: fieldText(library?.[name]),
      file: fieldText(file[name]),
    }));
}

/** What the review screen shows of a plan. */
export function viewOfPlan(
  planId: string,
  plan: ImportPlan,
  library: readonly Work[],
): ImportPlanView {
  const byKey = new Map(library.map((w) => [w.citationKey, w]));
  // A duplicate may be of an entry earlier in the same file (same DOI).
  for (const item of plan.items) {
    if (!byKey.has(item.key)) byKey.set(item.key, asWork(item.key, item.entry.csl));
  }
  const items = plan.items.map((item) => {
    const work = asWork(item.key, item.entry.csl);
    const existing = item.status === 'duplicate' ? byKey.get(item.duplicateOf) : undefined;
    return {
      index: item.index,
      line: item.entry.line,
      entryKey: item.entry.key,
      key: item.key,
      keyTakenBy: item.keyTakenBy ?? null,
      label: workLabel(work),
      title: item.entry.csl.title ?? UNTITLED,
      type: item.entry.csl.type,
      status: item.status,
      duplicate:
        item.status === 'duplicate'
          ? {
              key: item.duplicateOf,
              label: existing ? workLabel(existing) : item.duplicateOf,
              title: existing?.csl.title ?? UNTITLED,
              reason: item.reason,
              reasonText: REASONS[item.reason],
              fields: mergeFields(existing?.csl, item.entry.csl),
            }
          : null,
      warnings: item.entry.warnings,
    };
  });
  const duplicates = items.filter((i) => i.status === 'duplicate').length;
  return {
    planId,
    fileName: plan.file,
    format: plan.format,
    counts: {
      readable: items.length,
      new: items.length - duplicates,
      duplicates,
      unreadable: plan.errors.length,
    },
    items,
    errors: plan.errors.map((e) => ({ line: e.line, key: e.key, message: e.message })),
  };
}

/** Binds the import methods to the library's work store (`parse` reads the files). */
export function importHandlers(
  works: WorkStore,
  parse?: BibParser,
): HandlersOf<keyof ImportOutputs> {
  const plans = new Map<string, ImportPlan>();
  return {
    planImport: async ({ text, fileName }) => {
      if (!text.trim())
        throw new ServiceError(
          'invalid',
          `${fileName ?? 'The file'} is empty: there is nothing to import.`,
        );
      const plan = await planImport(text, works, {
        ...(fileName ? { file: fileName } : {}),
        ...(parse ? { parse } : {}),
      });
      const planId = `imp-${randomBytes(6).toString('hex')}`;
      plans.set(planId, plan);
      for (const old of plans.keys()) if (plans.size > KEEP_PLANS) plans.delete(old);
      return viewOfPlan(planId, plan, await works.allWorks());
    },
    applyImport: async ({ planId, decisions, allowPartial }) => {
      const plan = plans.get(planId);
      if (!plan)
        throw new ServiceError(
          'import-expired',
          'This import check is no longer available (Scholion was restarted or other files were checked since). Open the file again.',
        );
      const perItem = Object.fromEntries(
        Object.entries(decisions.perItem).map(([index, d]) => [Number(index), d]),
      );
      const fields = Object.fromEntries(
        Object.entries(decisions.fields).map(([index, f]) => [Number(index), f]),
      );
      const result = await applyImport(
        plan,
        { perItem, otherwise: decisions.otherwise, exclude: decisions.exclude, fields },
        works,
        { allowPartial },
      );
      plans.delete(planId);
      return {
        added: result.added,
        merged: result.merged,
        skipped: result.skipped,
        leftOut: result.leftOut.map((e) => ({ line: e.line, key: e.key, message: e.message })),
        excluded: result.excluded,
      };
    },
  };
}
