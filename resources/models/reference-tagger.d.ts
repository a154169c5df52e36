// The type of reference-tagger.js (written by scripts/train-reference-tagger.ts).
import type { TaggerModelFile } from '../../src/core/references/parse/tagger';

declare const model: TaggerModelFile;
export default model;
