/** Tells the keep-in-sync exports when a method may have changed the works they hold. */
import type { MethodName } from '../../shared/contract';
import type { Handlers } from './types';

/**
 * Methods after which a bound file may need rewriting: a list's works or order changed, a list
 * came or went, or an import added or merged works. (Bound files are rewritten only when their
 * content changes, so a method listed here that changed nothing costs one comparison.)
 */
export const SYNC_TRIGGERS = [
  'addToReadingList',
  'removeFromReadingList',
  'restoreToReadingList',
  'moveReadingListItem',
  'renameReadingList',
  'deleteReadingList',
  'restoreReadingList',
  'applyImport',
] as const satisfies readonly MethodName[];

/** The handlers, with `changed()` called after each successful call of one of `methods`. */
export function notifyAfter(
  handlers: Handlers,
  methods: readonly MethodName[],
  changed: () => void,
): Handlers {
  const wrapped: Record<string, (input: never) => Promise<unknown>> = { ...handlers };
  for (const method of methods) {
    const handler = handlers[method] as (input: never) => Promise<unknown>;
    wrapped[method] = async (input) => {
      const result = await handler(input);
      changed();
      return result;
    };
  }
  return wrapped as unknown as Handlers;
}
