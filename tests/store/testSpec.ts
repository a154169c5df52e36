/** A tiny file kind for store tests: a counter and a list of strings. */
import { z } from 'zod';
import type { FileSpec } from '../../src/store';

export interface CounterFile {
  schemaVersion: number;
  kind: string;
  count: number;
  words: string[];
}

const schema = z.object({
  schemaVersion: z.literal(1),
  kind: z.literal('counter'),
  count: z.number().int(),
  words: z.array(z.string()),
});

export const counterSpec: FileSpec<CounterFile> = {
  kind: 'counter',
  schemaVersion: 1,
  empty: () => ({ schemaVersion: 1, kind: 'counter', count: 0, words: [] }),
  migrations: {},
  validate: (data) => schema.parse(data),
  pretty: true,
};
