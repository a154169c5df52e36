/** Makes a CSL item that came out of citation-js valid CSL-JSON without losing information. */
import type { CslItem } from '../../bibliography/model';
import { CSL_NAME_VARIABLES } from './nameVariables';

const NAME_FIELDS: ReadonlySet<string> = new Set(CSL_NAME_VARIABLES);

/**
 * citation-js leaves some string variables as arrays (two BibLaTeX locations become
 * `publisher-place: ["Westport", "London"]`); CSL wants one string, so they are joined with "; ".
 * Internal `_graph` copies of the source text are dropped (they made large imports huge).
 */
export function normaliseCslItem(item: Record<string, unknown>): CslItem {
  if ('_graph' in item) delete item._graph;
  for (const field in item) {
    const value = item[field];
    if (
      Array.isArray(value) &&
      !NAME_FIELDS.has(field) &&
      value.every((v) => typeof v !== 'object')
    ) {
      item[field] = value.join('; ');
    }
  }

  if (typeof item.id !== 'string') item.id = String(item.id ?? '');
  if (typeof item.type !== 'string' || !item.type) item.type = 'document';
  return item as CslItem;
}
