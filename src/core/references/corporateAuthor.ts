/**
 * A corporate author the tagger missed. "European Commission (2011) The Global Approach …" is
 * printed with the body's name before the date, and the tagger, having seen such names mostly as
 * journals and publishers, may call it a container: the parsed CSL-JSON then has no author, the
 * work made from it shows as "Anonymous 2011", and the in-text "(European Commission, 2011)" is
 * linked (citations match on the printed names) to a work that does not carry the name.
 */
import type { CslItem } from '../bibliography/model';
import { namesOfRaw, publicationDate } from './entryKeys';

/**
 * The entry's CSL-JSON with the corporate author printed before its date, when the parser found
 * no author or editor (the names before the date are what in-text citations are matched on, see
 * entryKeys.ts, so the work must carry them too). A container that is only that name is dropped:
 * the tagger put the author there. Any other item is returned as it is.
 */
export function withPrintedCorporateAuthor(csl: CslItem, raw: string): CslItem {
  if (csl.author?.length || csl.editor?.length) return csl;
  const printed = namesOfRaw(raw, publicationDate(raw).at);
  const body = printed.length === 1 ? printed[0]?.literal : undefined;
  if (!body) return csl;
  const fold = (value: unknown) =>
    typeof value === 'string' ? value.replace(/[\s.,;:]+$/u, '').toLowerCase() : null;
  const name = fold(body);
  const { id, type, ...fields } = csl;
  const out: CslItem = { id, type, author: [{ literal: body }], ...fields };
  if (fold(out['container-title']) === name) {
    delete out['container-title'];
    // A chapter or an article with no container left is a work of its own.
    if (out.type === 'chapter' || out.type === 'article-journal') out.type = 'book';
  }
  return out;
}
