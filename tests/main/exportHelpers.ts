/** The real services and handlers over a temporary data folder, with a save dialog that answers from a queue. */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { SaveDialogRequest } from '../../src/main/dialogs';
import { createHandlers, invokeMethod, type Services } from '../../src/main/handlers';
import { closeServices, openServices } from '../../src/main/services';
import type { ContractError, MethodName, MethodOutput } from '../../src/shared/contract';

const RESOURCES_DIR = join(import.meta.dirname, '../../resources');

export interface ExportTestApp {
  dataDir: string;
  /** A folder for exported files. */
  outDir: string;
  services: Services;
  /** Paths the save dialog answers next (null: the user cancels); each request is recorded. */
  savePaths: (string | null)[];
  dialogRequests: SaveDialogRequest[];
  call<M extends MethodName>(method: M, input: unknown): Promise<MethodOutput<M>>;
  fail(method: MethodName, input: unknown): Promise<ContractError>;
  restart(): Promise<void>;
  close(): Promise<void>;
}

/** Opens the app's services over a fresh data folder. */
export async function openExportTestApp(): Promise<ExportTestApp> {
  const dataDir = await mkdtemp(join(tmpdir(), 'scholion-export-'));
  const outDir = await mkdtemp(join(tmpdir(), 'scholion-out-'));
  const savePaths: (string | null)[] = [];
  const dialogRequests: SaveDialogRequest[] = [];
  const dialogs = {
    chooseSavePath: async (request: SaveDialogRequest) => {
      dialogRequests.push(request);
      if (savePaths.length === 0) throw new Error('test: no save path queued');
      return savePaths.shift()!;
    },
  };
  let services = await openServices({ resourcesDir: RESOURCES_DIR, dataDir });
  let handlers = createHandlers(services, { dialogs });
  return {
    dataDir,
    outDir,
    get services() {
      return services;
    },
    savePaths,
    dialogRequests,
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
      services = await openServices({ resourcesDir: RESOURCES_DIR, dataDir });
      handlers = createHandlers(services, { dialogs });
    },
    async close() {
      await closeServices(services);
      await rm(dataDir, { recursive: true, force: true });
      await rm(outDir, { recursive: true, force: true });
    },
  };
}
