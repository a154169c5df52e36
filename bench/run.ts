/** `npm run bench [-- --quick]`: prints Scholion's benchmark figures and writes bench/results.json. */
import { writeFileSync, mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { benchParser } from './parser';

const quick = process.argv.includes('--quick');
const here = dirname(fileURLToPath(import.meta.url));

function printTable(title: string, figures: Record<string, number | string>): void {
  console.log(`\n${title}`);
  for (const [name, value] of Object.entries(figures)) console.log(`  ${name.padEnd(28)} ${value}`);
}

const results: Record<string, unknown> = {
  machine: { node: process.version, platform: process.platform, arch: process.arch },
  quick,
  startedAt: new Date().toISOString(),
};

const parser = benchParser(quick);
printTable('Parser (bundled paper; synthetic text for throughput)', { ...parser });
results.parser = parser;

mkdirSync(here, { recursive: true });
writeFileSync(join(here, 'results.json'), `${JSON.stringify(results, null, 2)}\n`);
console.log(`\nwrote ${join(here, 'results.json')}`);
