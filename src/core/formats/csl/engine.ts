/**
 * Cached citeproc engines. citation-js, used naively, re-parses its input and rebuilds the
 * engine's registry of items (sorting, disambiguation) on every call, ~2-3 ms per work. Here one
 * engine per style, locale and use is kept with its registry; a call with the same works (same
 * content) reuses it and its rendered output, and a changed set updates the registry incrementally.
 */
import type { CslItem } from '../../bibliography/model';
import { CSL } from '../citationJs';
import type { LocaleId, OutputFormat, StyleId } from '../types';
import { cslLocaleXml, cslResourcesVersion, cslStyleXml } from './resources';

export interface RenderedBibliography {
  /** Entries in the style's order, each without a trailing newline. */
  entries: string[];
  ids: string[];
  hangingIndent: boolean;
}

/** One citeproc engine and what it has registered. */
export class StyleEngine {
  private readonly engine: InstanceType<typeof CSL.Engine>;
  private readonly items = new Map<string, CslItem>();
  private readonly fingerprints = new Map<string, string>();
  private registered: string[] = [];
  private readonly rendered = new Map<OutputFormat, RenderedBibliography>();

  constructor(style: StyleId, locale: LocaleId | undefined) {
    this.engine = new CSL.Engine(
      {
        retrieveItem: (id: string) => this.items.get(id),
        retrieveLocale: (lang: string) => cslLocaleXml(lang),
      },
      cslStyleXml(style),
      locale ?? 'en-US',
      locale !== undefined,
    );
    // citation-js turns this off too: URLs and DOIs stay plain text in every output format.
    this.engine.opt.development_extensions.wrap_url_and_doi = false;
  }

  /** Makes exactly `items` (by `id`) the registered set, re-reading items whose content changed. */
  register(items: readonly CslItem[]): void {
    const ids = items.map((i) => i.id);
    const changed: string[] = [];
    for (const item of items) {
      const fingerprint = JSON.stringify(item);
      if (this.fingerprints.get(item.id) !== fingerprint) {
        if (this.fingerprints.has(item.id)) changed.push(item.id);
        this.fingerprints.set(item.id, fingerprint);
        this.items.set(item.id, forCiteproc(JSON.parse(fingerprint) as CslItem));
      }
    }
    const same =
      changed.length === 0 &&
      ids.length === this.registered.length &&
      ids.every((id, i) => id === this.registered[i]);
    if (same) return;
    this.rendered.clear();
    if (changed.length > 0) {
      // citeproc keeps what it read of an item; drop the changed ones so it reads them again.
      const dropped = new Set(changed);
      this.engine.updateItems(this.registered.filter((id) => !dropped.has(id)));
    }
    this.engine.updateItems(ids);
    this.registered = ids;
    const keep = new Set(ids);
    if (this.items.size > ids.length * 4 + 1000) {
      for (const id of [...this.items.keys()]) {
        if (!keep.has(id)) {
          this.items.delete(id);
          this.fingerprints.delete(id);
        }
      }
    }
  }

  /** The bibliography of the registered items in `format` (cached until the registry changes). */
  bibliography(format: OutputFormat): RenderedBibliography {
    const cached = this.rendered.get(format);
    if (cached) return cached;
    this.engine.setOutputFormat(format);
    const result = this.engine.makeBibliography();
    const rendered: RenderedBibliography = result
      ? {
          entries: result[1].map((e) => e.replace(/\s+$/, '').replace(/^\s+/, '')),
          ids: result[0].entry_ids.map((group) => group[0] ?? ''),
          hangingIndent: Boolean((result[0] as { hangingindent?: boolean }).hangingindent),
        }
      : { entries: [], ids: [], hangingIndent: false };
    this.rendered.set(format, rendered);
    return rendered;
  }

  /** One in-text citation cluster of registered (or not yet registered) items. */
  citation(
    cites: { id: string; locator?: string; label?: string }[],
    format: OutputFormat,
  ): string {
    this.engine.setOutputFormat(format);
    return this.engine.makeCitationCluster(cites);
  }
}

/**
 * CSL 1.0.2 renamed `event` to `event-title`; styles written before (Chicago author-date here)
 * still ask for `event`, so citeproc gets both.
 */
function forCiteproc(item: CslItem): CslItem {
  if (item['event-title'] !== undefined && item.event === undefined)
    item.event = item['event-title'];
  return item;
}

/** Engines by purpose, style, locale and resource version. */
const engines = new Map<string, StyleEngine>();

/**
 * The engine for a style and locale. `purpose` keeps one-work calls (a reference card) from
 * evicting the registry of a whole bibliography, and vice versa.
 */
export function styleEngine(
  style: StyleId,
  locale: LocaleId | undefined,
  purpose: 'list' | 'single',
): StyleEngine {
  const key = `${purpose}|${style}|${locale ?? ''}|${cslResourcesVersion()}`;
  let engine = engines.get(key);
  if (!engine) {
    engine = new StyleEngine(style, locale);
    engines.set(key, engine);
  }
  return engine;
}
