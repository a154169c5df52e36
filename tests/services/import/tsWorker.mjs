// Starts a TypeScript worker module under tsx (workers do not inherit the test runner's loader).
import { workerData } from 'node:worker_threads';
import { tsImport } from 'tsx/esm/api';

await tsImport(workerData.tsWorkerFile, import.meta.url);
