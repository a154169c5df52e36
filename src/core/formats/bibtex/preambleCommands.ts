/**
 * Commands a .bib file defines in its @preamble (`\providecommand{\noopsort}[1]{}`,
 * `\newcommand{\ssr}{Social Science Review}`, `\def\proglang#1{#1}`), read so that fields using
 * them decode to what LaTeX would print: without them `{\noopsort{a}}van Gogh` became the
 * particle "avan" and `journal = {\ssr}` an empty journal. Only the decoded values use them; the
 * fields as written (the .bib export) keep the commands.
 */

/** A command defined in the preamble: how many arguments it takes and what it prints. */
export interface PreambleCommand {
  arity: number;
  body: string;
}

export type PreambleCommands = ReadonlyMap<string, PreambleCommand>;

const DEFINITION =
  /\\(?:(?:re)?newcommand|providecommand|DeclareRobustCommand)\*?\s*(?:\{\s*\\([A-Za-z]+)\s*\}|\\([A-Za-z]+))\s*(?:\[(\d)\])?\s*(?:\[[^\]]*\]\s*)?\{|\\[egx]?def\s*\\([A-Za-z]+)((?:#\d)*)\s*\{/g;

/** The end (index after the closing brace) of the group whose `{` is at `open`; -1 if unclosed. */
function groupEnd(text: string, open: number): number {
  let depth = 0;
  for (let i = open; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 92 /* \ */) i += 1;
    else if (c === 123) depth += 1;
    else if (c === 125 && --depth === 0) return i + 1;
  }
  return -1;
}

/** The commands defined in a @preamble's text, added to `into` (a later definition wins). */
export function readPreambleCommands(
  text: string,
  into: Map<string, PreambleCommand> = new Map(),
): Map<string, PreambleCommand> {
  DEFINITION.lastIndex = 0;
  for (let m = DEFINITION.exec(text); m !== null; m = DEFINITION.exec(text)) {
    const open = DEFINITION.lastIndex - 1;
    const end = groupEnd(text, open);
    if (end === -1) break;
    const name = m[1] ?? m[2] ?? m[4]!;
    const arity = m[3] !== undefined ? Number(m[3]) : (m[5]?.length ?? 0) / 2;
    into.set(name, { arity, body: text.slice(open + 1, end - 1) });
    DEFINITION.lastIndex = end;
  }
  return into;
}

/** Expansions of nested definitions allowed per value (a command defined through itself stops). */
const MAX_ROUNDS = 4;

/**
 * `value` with every use of a preamble command replaced by what it prints, its arguments put in
 * place of #1, #2, ... A use missing its arguments is left as it is.
 */
export function expandPreambleCommands(value: string, commands: PreambleCommands): string {
  if (commands.size === 0 || value.indexOf('\\') === -1) return value;
  for (let round = 0; round < MAX_ROUNDS; round++) {
    let changed = false;
    let out = '';
    let from = 0;
    const use = /\\([A-Za-z]+)\s*/g;
    for (let m = use.exec(value); m !== null; m = use.exec(value)) {
      const command = commands.get(m[1]!);
      if (!command) continue;
      const args: string[] = [];
      let at = use.lastIndex;
      while (args.length < command.arity) {
        while (at < value.length && /\s/.test(value[at]!)) at += 1;
        if (value[at] !== '{') break;
        const end = groupEnd(value, at);
        if (end === -1) break;
        args.push(value.slice(at + 1, end - 1));
        at = end;
      }
      if (args.length < command.arity) continue;
      const printed = command.body.replace(
        /#(\d)/g,
        (all, n: string) => args[Number(n) - 1] ?? all,
      );
      // A command without arguments keeps the space after it out of the text, as TeX does.
      out += value.slice(from, m.index) + printed;
      from = command.arity > 0 ? at : use.lastIndex;
      use.lastIndex = from;
      changed = true;
    }
    if (!changed) return value;
    value = out + value.slice(from);
  }
  return value;
}
