/** Runs the note/list commands in-process with captured output, on temporary data folders. */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { CliCommand } from '../../src/cli/io';

export interface Ran {
  code: number;
  stdout: string;
  stderr: string;
  json<T = unknown>(): T;
}

/** Runs a command and captures what it writes. */
export async function runCommand(command: CliCommand, args: string[]): Promise<Ran> {
  let stdout = '';
  let stderr = '';
  const code = await command(args, {
    stdout: (s) => void (stdout += s),
    stderr: (s) => void (stderr += s),
  });
  return { code, stdout, stderr, json: () => JSON.parse(stdout) };
}

const dirs: string[] = [];

export async function dataDir(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'scholion-cli-'));
  dirs.push(dir);
  return dir;
}

export async function removeDataDirs(): Promise<void> {
  await Promise.all(dirs.splice(0).map((d) => rm(d, { recursive: true, force: true })));
}
