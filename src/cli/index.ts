#!/usr/bin/env node
/** Scholion's command line: `npm run --silent cli -- <command> ...`. */
import { main } from './dispatch';
import type { CliIo } from './io';

const io: CliIo = {
  stdout: (s) => void process.stdout.write(s),
  stderr: (s) => void process.stderr.write(s),
};
void main(process.argv.slice(2), io).then((code) => {
  process.exitCode = code;
});
