/** The CLI's commands, loaded lazily so that one command's dependencies never slow another. */
import type { CliCommand } from '../io';

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
};
