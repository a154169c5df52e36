import { parseArgs, type ParseArgsConfig } from 'node:util';
import { fail, type CliIo } from './io';

type Options = NonNullable<ParseArgsConfig['options']>;

/** A parsed `COMMAND SUBCOMMAND ARG... --option...` line. */
export interface SubcommandLine<O extends Options> {
  values: ReturnType<typeof parseArgs<{ options: O; allowPositionals: true }>>['values'];
  sub: string;
  rest: string[];
}

/**
 * Parses the arguments of a command that takes a subcommand, the way every such command of the
 * CLI answers: an unknown or malformed option prints its error and the usage (exit 2); `--help`
 * prints the usage (exit 0); no subcommand, or one not in `subcommands`, prints the usage on
 * stderr (exit 2). Returns the parsed line, or the exit code when the command must stop here.
 */
export function parseSubcommand<O extends Options>(
  io: CliIo,
  args: string[],
  spec: { command: string; options: O; subcommands: readonly string[]; usage: string },
): SubcommandLine<O> | number {
  const { command, options, subcommands, usage } = spec;
  let parsed;
  try {
    parsed = parseArgs({ args, options, allowPositionals: true });
  } catch (error) {
    return fail(io, `${(error as Error).message}\n${usage}`, 2);
  }
  const { values, positionals } = parsed;
  const [sub, ...rest] = positionals;
  if ((values as { help?: boolean }).help || !sub) {
    const help = (values as { help?: boolean }).help === true;
    (help ? io.stdout : io.stderr)(usage);
    return help ? 0 : 2;
  }
  if (!subcommands.includes(sub))
    return fail(io, `unknown subcommand \`${command} ${sub}\`.\n${usage}`, 2);
  return { values, sub, rest };
}
