// Public API of claims: citing sentences and quoted blocks.
export type { Claim } from './model';
export type { SentenceSpan } from './splitSentences';
export type { WorkIdOf } from './extractClaims';
export { extractClaims } from './extractClaims';
export { splitSentences } from './splitSentences';
