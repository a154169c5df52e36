/**
 * Export methods: preview, save (main asks where), manuscript citations, and files kept in sync
 * with a reading list or the library.
 */
import type { Work } from '../../core/bibliography/model';
import { formatManuscriptCitation } from '../../core/formats';
import type { ExportOutputs, ValidInput } from '../../shared/contract';
import { NotFoundError, ServiceError } from '../../services/errors';
import {
  exportFileName,
  exportFileType,
  resolveExportTarget,
  exportOptionsOf,
  writeExportFile,
  type ExportKind,
  type ExportRequest,
  type ExportService,
  type ScopeSources,
  type SyncBindings,
} from '../../services/export';
import type { Dialogs } from '../dialogs';
import type { HandlersOf } from './types';

export interface ExportHandlerDeps {
  exporter: ExportService;
  /** Where lists, notes and claims are looked up for their works. */
  sources: ScopeSources;
  sync: SyncBindings;
  dialogs: Dialogs;
}

type Request = ValidInput<'saveExport'>;

function requestOf(input: Request, output = input.output, standalone = true): ExportRequest {
  if (input.format !== 'bibliography') return { format: input.format };
  return {
    format: 'formatted',
    style: input.style,
    output,
    standalone,
    ...(input.locale ? { locale: input.locale } : {}),
  };
}

const kindOf = (input: Request): ExportKind =>
  input.format === 'bibliography' ? `bibliography-${input.output}` : input.format;

/** Binds the export methods. */
export function exportHandlers(
  deps: ExportHandlerDeps,
): HandlersOf<Exclude<keyof ExportOutputs, 'resolveSyncedExport'>> {
  const { exporter, sources, sync, dialogs } = deps;

  const prepare = async (input: Request) => {
    const target = await resolveExportTarget(input.target, sources);
    const works = await exporter.worksOf(target.scope);
    if (works.length === 0) {
      throw new ServiceError(
        'nothing-to-export',
        `Nothing to export: none of the works of ${target.description} is in the library any more.`,
      );
    }
    const kind = kindOf(input);
    return {
      target,
      works,
      kind,
      content: exporter.render(works, requestOf(input), exportOptionsOf(target.scope)),
      fileName: exportFileName(target.fileBase, kind),
    };
  };

  const libraryKeys = (works: readonly Work[]) => {
    const byKey = new Map<string, string>();
    for (const w of works) byKey.set(w.citationKey, w.citationKey);
    for (const w of works)
      for (const a of w.aliases) if (!byKey.has(a)) byKey.set(a, w.citationKey);
    return byKey;
  };

  return {
    previewExport: async (input) => {
      const { target, works, kind, content, fileName } = await prepare(input);
      let clipboard: ExportOutputs['previewExport']['clipboard'] = null;
      if (input.forClipboard) {
        clipboard =
          input.format === 'bibliography'
            ? {
                text:
                  input.output === 'text'
                    ? content
                    : exporter.render(works, requestOf(input, 'text')),
                // The clipboard takes the fragment; a saved .html file is a whole document.
                html: exporter.render(works, requestOf(input, 'html', false)),
              }
            : { text: content, html: null };
      }
      return {
        content,
        count: works.length,
        description: target.description,
        fileName,
        mimeType: exportFileType(kind).mimeType,
        clipboard,
      };
    },

    saveExport: async (input) => {
      const { target, works, kind, content, fileName } = await prepare(input);
      const type = exportFileType(kind);
      const path = await dialogs.chooseSavePath({
        title: `Export ${target.description}`,
        defaultName: fileName,
        filters: [{ name: type.label, extensions: [type.extension] }],
        buttonLabel: 'Export',
      });
      if (!path) return { saved: false };
      await writeExportFile(path, content);
      return { saved: true, path, count: works.length };
    },

    formatCitation: async ({ cites, form, style, locale }) => {
      const all = await exporter.worksOf({ kind: 'all' });
      const keys = libraryKeys(all);
      const unknown = cites.filter((c) => !keys.has(c.key)).map((c) => `\`${c.key}\``);
      if (unknown.length > 0)
        throw new NotFoundError(`No work with key ${unknown.join(', ')} in the library.`);
      const canonical = cites.map((c) => ({
        key: keys.get(c.key)!,
        ...(c.locator ? { locator: c.locator } : {}),
      }));
      const text =
        form === 'in-text'
          ? formatManuscriptCitation(canonical, 'plain', {
              works: all,
              style,
              ...(locale ? { locale } : {}),
            })
          : formatManuscriptCitation(canonical, form);
      return { text };
    },

    listSyncedExports: async () => sync.list(),

    syncExportToFile: async ({ target, format }) => {
      const resolved =
        target.kind === 'library'
          ? { description: 'the whole library', fileBase: 'library' }
          : await resolveExportTarget(target, sources).catch((error: unknown) => {
              // An empty list may be bound: its file starts empty and fills as works are added.
              if (error instanceof ServiceError && error.code === 'nothing-to-export')
                return sources.list(target.listId).then((list) => ({
                  description: `the reading list “${list?.name ?? ''}”`,
                  fileBase: list?.name ?? 'reading list',
                }));
              throw error;
            });
      const type = exportFileType(format);
      const path = await dialogs.chooseSavePath({
        title: `Keep a file in sync with ${resolved.description}`,
        defaultName: exportFileName(resolved.fileBase, format),
        filters: [{ name: type.label, extensions: [type.extension] }],
        buttonLabel: 'Keep in sync',
      });
      if (!path) return { bound: false };
      return { bound: true, binding: await sync.bind(target, path, format) };
    },

    unsyncExport: async ({ id }) => sync.unbind(id),
  };
}
