/** DOIs and ISBNs as a user types or pastes them: recognised, checked and normalised. */

const DOI_PREFIXES = /^(?:https?:\/\/(?:dx\.)?doi\.org\/|doi:\s*|doi\s+)/i;
const DOI_SHAPE = /^10\.\d{4,9}\/\S+$/;

/**
 * The DOI in its plain form ("10.1000/xyz123"): without a URL or "doi:" prefix, trailing
 * punctuation or spaces, with the prefix's case kept as registered (DOIs compare case-blind).
 * Null when the text is not a DOI.
 */
export function normaliseDoi(text: string): string | null {
  let doi = text.trim().replace(DOI_PREFIXES, '');
  try {
    if (/%[0-9a-f]{2}/i.test(doi)) doi = decodeURIComponent(doi);
  } catch {
    // not percent-encoded after all: keep as typed
  }
  doi = doi.replace(/[.,;:)\]]+$/, '');
  return DOI_SHAPE.test(doi) ? doi : null;
}

/** The ISBN's digits (and a final X), or null when it has not 10 or 13 of them. */
function isbnDigits(text: string): string | null {
  const bare = text
    .trim()
    .replace(/^isbn(?:-1[03])?:?\s*/i, '')
    .replace(/[\s-]/g, '')
    .toUpperCase();
  return /^(\d{9}[\dX]|\d{13})$/.test(bare) ? bare : null;
}

/** True when the ISBN's check digit is right. */
function isbnChecksumOk(digits: string): boolean {
  if (digits.length === 10) {
    let sum = 0;
    for (let i = 0; i < 10; i++) {
      const ch = digits[i] as string;
      const v = ch === 'X' ? 10 : Number(ch);
      if (ch === 'X' && i !== 9) return false;
      sum += v * (10 - i);
    }
    return sum % 11 === 0;
  }
  let sum = 0;
  for (let i = 0; i < 13; i++) sum += Number(digits[i]) * (i % 2 === 0 ? 1 : 3);
  return sum % 10 === 0;
}

/** Why an ISBN is refused, or null when it is a valid ISBN-10 or ISBN-13. */
export function isbnProblem(text: string): string | null {
  const digits = isbnDigits(text);
  if (!digits) return 'an ISBN has 10 or 13 digits (hyphens and spaces aside)';
  if (!isbnChecksumOk(digits)) return 'its check digit is wrong (a digit is mistyped)';
  return null;
}

/** The ISBN as bare digits ("9780199600458"), or null when it is not a valid ISBN. */
export function normaliseIsbn(text: string): string | null {
  return isbnProblem(text) === null ? isbnDigits(text) : null;
}

/** Each ISBN of a field that may list several ("978… (hbk); 978… (pbk)"). */
export function splitIsbns(value: string): string[] {
  return value
    .split(/[;,]/)
    .map((s) => s.replace(/\([^)]*\)/g, '').trim())
    .filter(Boolean);
}
