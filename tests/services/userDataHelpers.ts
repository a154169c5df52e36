/** Shared fixtures for the user-data service tests: works, stores of both kinds, a clock. */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Work } from '../../src/core/bibliography/model';
import { MemoryStorage, UserDataStore } from '../../src/store';

export function work(
  key: string,
  family: string,
  year: number,
  title: string,
  extra: Partial<Work> = {},
): Work {
  return {
    citationKey: key,
    csl: { id: key, type: 'book', title, author: [{ family }], issued: { 'date-parts': [[year]] } },
    provenance: { kind: 'user' },
    confidence: null,
    citedAs: [],
    aliases: [],
    tags: [],
    ...extra,
  };
}

export const WORKS: Work[] = [
  work(
    'betts2011c',
    'Betts',
    2011,
    'The Global Governance of Migration and the Role of Trans-regionalism',
  ),
  work('betts2011a', 'Betts', 2011, 'Global Migration Governance'),
  work('kohler2011', 'Koehler', 2011, 'What Government Networks Do in the Field of Migration', {
    citedAs: ['Köhler 2011'],
  }),
  work(
    'fom2004',
    'Swiss Federal Office for Migration',
    2004,
    'International Agenda for Migration Management',
    {
      aliases: ['iamm2004'],
    },
  ),
  work('lavenex2006', 'Lavenex', 2006, 'Shifting Up and Out'),
];

const dirs: string[] = [];

export interface StoreKind {
  name: string;
  open(): Promise<{ store: UserDataStore; reopen(): Promise<UserDataStore> }>;
}

export const storeKinds: StoreKind[] = [
  {
    name: 'memory',
    async open() {
      const storage = new MemoryStorage();
      const store = await UserDataStore.openInMemory({ storage, debounceMs: 30 });
      return { store, reopen: () => UserDataStore.openInMemory({ storage }) };
    },
  },
  {
    name: 'files',
    async open() {
      const dir = await mkdtemp(join(tmpdir(), 'scholion-services-'));
      dirs.push(dir);
      const store = await UserDataStore.openDir(dir, { debounceMs: 30 });
      return { store, reopen: () => UserDataStore.openDir(dir) };
    },
  },
];

export async function removeStoreDirs(): Promise<void> {
  await Promise.all(dirs.splice(0).map((d) => rm(d, { recursive: true, force: true })));
}

/** A clock that advances one second per call, from 2026-01-01. */
export function steppingClock(): () => Date {
  let t = Date.parse('2026-01-01T00:00:00.000Z');
  return () => new Date((t += 1000));
}
