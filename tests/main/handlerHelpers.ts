/** Opens the real services over a temporary data folder and calls them as the renderer does. */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createHandlers, invokeMethod, type Services } from '../../src/main/handlers';
import { closeServices, openServices } from '../../src/main/services';
import type { ContractError, MethodName, MethodOutput } from '../../src/shared/contract';

const REPO = join(import.meta.dirname, '../..');
export const RESOURCES_DIR = join(REPO, 'resources');

export interface TestApp {
  dataDir: string;
  services: Services;
  /** Calls a method through invokeMethod (validation and error mapping included); throws its error. */
  call<M extends MethodName>(method: M, input: unknown): Promise<MethodOutput<M>>;
  /** Calls a method and answers its ContractError (fails the test if it succeeded). */
  fail(method: MethodName, input: unknown): Promise<ContractError>;
  /** Closes the services (writing autosaved changes) and opens them again on the same folder. */
  restart(): Promise<void>;
  close(): Promise<void>;
}

const dirs: string[] = [];

/** A fresh data folder, removed by `removeDataDirs`. */
export async function newDataDir(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'scholion-handlers-'));
  dirs.push(dir);
  return dir;
}

export async function removeDataDirs(): Promise<void> {
  await Promise.all(dirs.splice(0).map((d) => rm(d, { recursive: true, force: true })));
}

/** The services over `dataDir` (a new temporary folder by default). */
export async function openTestApp(dataDir?: string): Promise<TestApp> {
  const dir = dataDir ?? (await newDataDir());
  let services = await openServices({ resourcesDir: RESOURCES_DIR, dataDir: dir });
  let handlers = createHandlers(services);
  const app: TestApp = {
    dataDir: dir,
    get services() {
      return services;
    },
    async call(method, input) {
      const result = await invokeMethod(handlers, method, input);
      if (!result.ok) throw new Error(`${method}: ${result.error.code}: ${result.error.message}`);
      return result.value as MethodOutput<typeof method>;
    },
    async fail(method, input) {
      const result = await invokeMethod(handlers, method, input);
      if (result.ok) throw new Error(`${method} succeeded, but a failure was expected`);
      return result.error;
    },
    async restart() {
      await closeServices(services);
      services = await openServices({ resourcesDir: RESOURCES_DIR, dataDir: dir });
      handlers = createHandlers(services);
    },
    close: () => closeServices(services),
  };
  return app;
}
