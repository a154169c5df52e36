/** Short random ids for user data ("n-k3v9q2mx7d"), readable enough to type in the CLI. */

const ALPHABET = '0123456789abcdefghjkmnpqrstvwxyz'; // Crockford base32, no i/l/o/u

/** A new id: `prefix` + "-" + 10 random base32 characters (50 bits). */
export function newId(prefix: string): string {
  const bytes = new Uint8Array(10);
  globalThis.crypto.getRandomValues(bytes);
  let out = '';
  for (const b of bytes) out += ALPHABET[b & 31];
  return `${prefix}-${out}`;
}
