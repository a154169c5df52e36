/** A bounded pool of async tasks, shared by the store's multi-file writes and flushes. */

/**
 * Runs `task` on every item, `concurrency` at a time. Once a task fails no new one starts, every
 * started one is waited for (so a caller that cleans up sees all their results), and the first
 * error is thrown.
 */
export async function inPool<T>(
  items: readonly T[],
  concurrency: number,
  task: (item: T) => Promise<void>,
): Promise<void> {
  let next = 0;
  const failures: unknown[] = [];
  const worker = async (): Promise<void> => {
    while (failures.length === 0 && next < items.length) {
      try {
        await task(items[next++]!);
      } catch (error) {
        failures.push(error);
      }
    }
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, items.length) }, worker));
  if (failures.length > 0) throw failures[0];
}
