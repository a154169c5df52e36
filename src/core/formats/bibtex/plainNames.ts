/** The fast path for .bib name lists without LaTeX: what citation-js's name grammar makes of them. */
const SIMPLE_NAMES = /^[A-Za-z\u00C0-\u024F\u1E00-\u1EFF.,' \t\n-]+$/;
const AND = /\s+[aA][nN][dD]\s+/;
const HAS_AND = /\s[aA][nN][dD]\s/;
const ODD_SPACE = /\s\s|[^\S ]/;
const LOWER_AFTER_SPACE = / [^A-Z\u00C0-\u00DE]/;

type PlainName = { family: string; given?: string; suffix?: string };

/**
 * Names with no LaTeX, particles or odd parts ("Smith, John and Jane Doe") read directly, the
 * way citation-js's grammar reads them; anything else returns null and goes to the grammar.
 */
export function plainNames(value: string): PlainName[] | null {
  if (!SIMPLE_NAMES.test(value)) return null;
  const trimmed = value.trim();
  if (!HAS_AND.test(trimmed)) {
    const name = plainName(trimmed);
    return name === null ? null : [name];
  }
  const out: PlainName[] = [];
  for (const raw of trimmed.split(AND)) {
    const name = plainName(raw);
    if (name === null) return null;
    out.push(name);
  }
  return out;
}

/** "Last, First", "Last, Jr, First" or "First Last"; null when a part is empty or lower-case. */
function plainName(raw: string): PlainName | null {
  const c1 = raw.indexOf(',');
  if (c1 === -1) {
    const p = namePart(raw);
    if (p === null) return null;
    const space = p.lastIndexOf(' ');
    return space === -1 ? { family: p } : { family: p.slice(space + 1), given: p.slice(0, space) };
  }
  const family = namePart(raw.slice(0, c1));
  const c2 = raw.indexOf(',', c1 + 1);
  if (c2 === -1) {
    const given = namePart(raw.slice(c1 + 1));
    return family === null || given === null ? null : { family, given };
  }
  if (raw.indexOf(',', c2 + 1) !== -1) return null;
  const suffix = namePart(raw.slice(c1 + 1, c2));
  const given = namePart(raw.slice(c2 + 1));
  return family === null || suffix === null || given === null ? null : { family, given, suffix };
}

/** One comma-separated part, single-spaced; null unless it and each word start upper-case. */
function namePart(raw: string): string | null {
  let p = raw.trim();
  if (ODD_SPACE.test(p)) p = p.replace(/\s+/g, ' ');
  if (p === '') return null;
  const c = p.charCodeAt(0);
  if (!((c >= 65 && c <= 90) || (c >= 0xc0 && c <= 0xde))) return null;
  return LOWER_AFTER_SPACE.test(p) ? null : p;
}
