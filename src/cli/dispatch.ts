/** Dispatches a CLI invocation to its command. */
import { commands } from './commands';
import { fail, type CliIo } from './io';

function usage(): string {
  const lines = Object.values(commands).map((c) => `  ${c.usage.padEnd(60)} ${c.summary}`);
  return `Usage: scholion <command> [options]\n\nCommands:\n${lines.join('\n')}\n`;
}

/** Runs one CLI invocation and returns its exit code. */
export async function main(argv: string[], io: CliIo): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    io.stdout(usage());
    return name ? 0 : 2;
  }
  const entry = commands[name];
  if (!entry)
    return fail(io, `unknown command \`${name}\`. Run with --help to see the commands.`, 2);
  try {
    const { run } = await entry.load();
    return await run(rest, io);
  } catch (error) {
    return fail(io, error instanceof Error ? error.message : String(error));
  }
}
