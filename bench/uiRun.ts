/** `tsx bench/uiRun.ts [size] [keys]`: the UI benchmark alone on one generated library (development). */
import { join } from 'node:path';
import { ensureDataset } from './dataset';
import { benchUi } from './ui';

const size = Number(process.argv[2] ?? 10_000);
const keys = Number(process.argv[3] ?? 100);
const dataset = await ensureDataset(join(import.meta.dirname, 'data'), size);
console.log(JSON.stringify(await benchUi(dataset.dir, size, { keysPerField: keys }), null, 2));
