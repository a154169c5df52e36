/** The shape shared by collection files: `{ schemaVersion, kind, items: { [id]: item } }`. */
import { z } from 'zod';
import type { Envelope } from '../fileSpec';

export interface ItemsFile<T> extends Envelope {
  items: Record<string, T>;
}

/** A zod schema for an items file whose items are keyed by `idOf(item)`. */
export function itemsFileSchema<T>(
  kind: string,
  version: number,
  item: z.ZodType<T>,
  idOf: (item: T) => string,
): z.ZodType<ItemsFile<T>> {
  return z
    .object({
      schemaVersion: z.literal(version),
      kind: z.literal(kind),
      items: z.record(z.string(), item),
    })
    .superRefine((file, ctx) => {
      for (const [key, value] of Object.entries(file.items)) {
        if (idOf(value) !== key) {
          ctx.addIssue({
            code: 'custom',
            path: ['items', key],
            message: 'id does not match its key',
          });
        }
      }
    }) as z.ZodType<ItemsFile<T>>;
}

/** An empty items file. */
export function emptyItemsFile<T>(kind: string, version: number): ItemsFile<T> {
  return { schemaVersion: version, kind, items: {} };
}
