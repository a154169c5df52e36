// e2e: the reader opens where the user stopped reading, after a restart.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { launchApp } from './harness';
import { waitForPaper } from './appHelpers';

const dirs: string[] = [];
afterAll(async () => {
  for (const dir of dirs) await rm(dir, { recursive: true, force: true });
});

/** The id of the first block whose bottom is below the top of the reader, and the scroll. */
const topBlock = () => {
  const scroller = document.querySelector<HTMLElement>('.reader__scroll')!;
  const top = scroller.getBoundingClientRect().top;
  const block = [...scroller.querySelectorAll<HTMLElement>('[data-block-id]')].find(
    (el) => el.getBoundingClientRect().bottom > top + 1,
  );
  return { id: block?.dataset.blockId ?? null, scrollTop: scroller.scrollTop };
};

it('restores the reading position across restarts', async () => {
  const dataDir = await mkdtemp(join(tmpdir(), 'scholion-position-'));
  dirs.push(dataDir);

  const first = await launchApp({ dataDir });
  let before: { id: string | null; scrollTop: number };
  try {
    await waitForPaper(first.page);
    await first.page
      .getByRole('navigation', { name: 'Outline' })
      .getByRole('button', { name: /^Partnership in Regional/ })
      .click();
    await first.page.locator('.reader__scroll').hover();
    await first.page.mouse.wheel(0, 400);
    // Scrolling has settled when two animation frames apart show the same offset.
    await expect
      .poll(() =>
        first.page.evaluate(async () => {
          const scroller = document.querySelector<HTMLElement>('.reader__scroll')!;
          const frame = () => new Promise((r) => requestAnimationFrame(r));
          const start = scroller.scrollTop;
          await frame();
          await frame();
          return start > 1000 && scroller.scrollTop === start;
        }),
      )
      .toBe(true);
    before = await first.page.evaluate(topBlock);
    expect(before.scrollTop).toBeGreaterThan(1000);
    // Saved through the contract once scrolling settles.
    await expect
      .poll(() =>
        first.page.evaluate(() =>
          (
            window as unknown as {
              scholion: {
                getReadingPosition: (i: object) => Promise<{ blockId: string } | null>;
              };
            }
          ).scholion.getReadingPosition({ documentId: 'lavenex-panizzon-2013' }),
        ),
      )
      .toMatchObject({ blockId: before.id });
  } finally {
    await first.close();
  }

  const second = await launchApp({ dataDir });
  try {
    await waitForPaper(second.page);
    await expect.poll(() => second.page.evaluate(topBlock)).toMatchObject({ id: before.id });
    const after = await second.page.evaluate(topBlock);
    expect(Math.abs(after.scrollTop - before.scrollTop)).toBeLessThan(40);
    expect(second.errors).toEqual([]);
  } finally {
    await second.close();
  }
}, 60_000); // two launches of the app: give a loaded CI machine room
