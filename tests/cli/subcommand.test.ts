import { describe, expect, it } from 'vitest';
import { parseSubcommand } from '../../src/cli/subcommand';

const spec = {
  command: 'thing',
  options: { help: { type: 'boolean' }, json: { type: 'boolean' } },
  subcommands: ['list', 'show'],
  usage: 'Usage: thing list|show',
} as const;

function run(args: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const line = parseSubcommand(
    { stdout: (s) => out.push(s), stderr: (s) => err.push(s) },
    args,
    spec,
  );
  return { line, out: out.join(''), err: err.join('') };
}

describe('parseSubcommand', () => {
  it('returns the subcommand, its arguments and the options', () => {
    expect(run(['show', 'a', 'b', '--json']).line).toEqual({
      values: { json: true },
      sub: 'show',
      rest: ['a', 'b'],
    });
  });

  it('prints the usage on stdout for --help (exit 0), on stderr with no subcommand (exit 2)', () => {
    expect(run(['--help'])).toEqual({ line: 0, out: 'Usage: thing list|show', err: '' });
    expect(run([])).toEqual({ line: 2, out: '', err: 'Usage: thing list|show' });
  });

  it('names an unknown subcommand or option in one line before the usage (exit 2)', () => {
    const unknown = run(['drop']);
    expect(unknown.line).toBe(2);
    expect(unknown.err).toMatch(/^scholion: unknown subcommand `thing drop`\.\nUsage/);
    const option = run(['list', '--loud']);
    expect(option.line).toBe(2);
    expect(option.err).toMatch(/^scholion: Unknown option '--loud'/);
  });
});
