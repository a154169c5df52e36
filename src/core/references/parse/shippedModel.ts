// The reference tagger trained by scripts/train-reference-tagger.ts and shipped as a JSON module
// (resources/models/reference-tagger.js, an ES module around the model's JSON), so core stays pure:
// no file is read at run time.
import modelFile from '../../../../resources/models/reference-tagger.js';
import { ReferenceTagger } from './tagger';

let tagger: ReferenceTagger | null = null;

/** The shipped tagger, built on first use (turning the JSON into weight arrays takes a few ms). */
export function shippedTagger(): ReferenceTagger {
  tagger ??= new ReferenceTagger(modelFile);
  return tagger;
}
