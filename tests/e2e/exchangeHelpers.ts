// Helpers for the export and import scenarios: a fake save dialog, a recording clipboard,
// dropping a file onto the window, and calling window.scholion from the test.
import type { Page } from 'playwright-core';
import type { Dialogs, SaveDialogRequest } from '../../src/main/dialogs';

/** A save dialog that answers the queued paths (null: cancel) and records what it was asked. */
export function fakeSaveDialog(): Dialogs & {
  paths: (string | null)[];
  asked: SaveDialogRequest[];
} {
  const paths: (string | null)[] = [];
  const asked: SaveDialogRequest[] = [];
  return {
    paths,
    asked,
    chooseSavePath: async (request) => {
      asked.push(request);
      return paths.length ? paths.shift()! : null;
    },
  };
}

/**
 * Replaces navigator.clipboard in the page by one that records what the app copies
 * (window.__copied: one entry per copy, each MIME type to its text).
 */
export async function recordClipboard(page: Page): Promise<void> {
  await page.evaluate(() => {
    const copied: Record<string, string>[] = [];
    (window as unknown as { __copied: typeof copied }).__copied = copied;
    Object.defineProperty(navigator, 'clipboard', {
      configurable: true,
      value: {
        writeText: async (text: string) => void copied.push({ 'text/plain': text }),
        write: async (items: ClipboardItem[]) => {
          for (const item of items) {
            const entry: Record<string, string> = {};
            for (const type of item.types) entry[type] = await (await item.getType(type)).text();
            copied.push(entry);
          }
        },
      },
    });
  });
}

/** What the app copied, in order. */
export const copied = (page: Page): Promise<Record<string, string>[]> =>
  page.evaluate(() => (window as unknown as { __copied: Record<string, string>[] }).__copied);

/** Drags a file with `content` over the window (the overlay shows) and drops it. */
export async function dropFile(
  page: Page,
  name: string,
  content: string,
  beforeDrop?: () => Promise<void>,
): Promise<void> {
  const transfer = await page.evaluateHandle(
    ([fileName, text]) => {
      const data = new DataTransfer();
      data.items.add(new File([text], fileName, { type: 'application/x-bibtex' }));
      return data;
    },
    [name, content] as const,
  );
  await page.dispatchEvent('body', 'dragenter', { dataTransfer: transfer });
  await page.dispatchEvent('body', 'dragover', { dataTransfer: transfer });
  await beforeDrop?.();
  await page.dispatchEvent('body', 'drop', { dataTransfer: transfer });
}

/** Calls a contract method through the page's window.scholion. */
export function callApi<T>(page: Page, method: string, input: unknown): Promise<T> {
  return page.evaluate(
    ([m, i]) =>
      (window as unknown as { scholion: Record<string, (x: unknown) => Promise<unknown>> })
        .scholion[m as string]!(i) as Promise<T>,
    [method, input] as const,
  );
}
