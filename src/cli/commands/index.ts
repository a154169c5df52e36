/** The CLI's commands, loaded lazily so that one command's dependencies never slow another. */
import type { CliCommand } from '../io';
import { EXPORT_FORMAT_IDS, OUTPUT_FORMAT_IDS } from '../../core/formats/registry';

export interface CommandEntry {
  summary: string;
  usage: string;
  load: () => Promise<{ run: CliCommand }>;
}

export const commands: Record<string, CommandEntry> = {
  citations: {
    summary: 'list the citations, claims and works of the bundled paper or of FILE',
    usage: 'citations [FILE] [--json]',
    load: () => import('./citations'),
  },
  references: {
    summary: 'parse reference strings (one per line of FILE) into CSL-JSON',
    usage: 'references FILE [--json]',
    load: () => import('./references'),
  },
  note: {
    summary: 'add, list, show, delete or restore notes linked to works and claims',
    usage: 'note add|list|show|delete|restore ... --data-dir DIR [--json]',
    load: () => import('./note'),
  },
  work: {
    summary: 'add, edit, delete (with undo), merge, tag, rename, show or list works; attach files',
    usage:
      'work add|edit|delete|merge|tag|rename|show|history|list|attach|files|detach ... --data-dir DIR [--json]',
    load: () => import('./work'),
  },
  trash: {
    summary: 'list, restore or empty the trash of works, notes, lists, claims and files',
    usage:
      'trash list [--kind K] | trash restore ID... | trash empty [ID...] --data-dir DIR [--json]',
    load: () => import('./trash'),
  },
  list: {
    summary: 'create reading lists, add works to them, show them',
    usage: 'list create|add|show|... NAME [KEY...] --data-dir DIR [--json]',
    load: () => import('./list'),
  },
  export: {
    summary: 'export the library, a list or some works as BibTeX, BibLaTeX, RIS, CSL-JSON or text',
    usage: `export --format ${[...EXPORT_FORMAT_IDS, ...OUTPUT_FORMAT_IDS].join('|')} [--style S] [--list NAME] [--out FILE]`,
    load: () => import('./export'),
  },
  paper: {
    summary:
      'add a Markdown or text paper to the library; list, show, remove, restore, reparse papers',
    usage: 'paper add FILE|list|show ID|remove ID|restore ID|reparse ID [--data-dir DIR] [--json]',
    load: () => import('./paper'),
  },
  import: {
    summary: 'import a .bib, .ris or CSL-JSON file, reporting duplicates and unreadable entries',
    usage: 'import FILE [--data-dir DIR] [--partial] [--on-duplicate skip|merge|keep-both]',
    load: () => import('./import'),
  },
};
