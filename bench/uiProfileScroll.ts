/**
 * `tsx bench/uiProfileScroll.ts [size] [scroll|switch]`: where the time goes while scrolling the
 * works table (frame times, layout and style totals, the renderer's CPU profile) or while
 * switching views for the first time (each switch's time and the calls it made). Development aid
 * for issue 15, not part of the bench's figures.
 */
import { selfTimes, type Profile } from './cpuProfile';
import { quantile } from './stats';
import { clickView } from './ui';
import { openProfiledApp, rendererSession } from './uiProfileApp';

const size = Number(process.argv[2] ?? 100_000);
const mode = process.argv[3] ?? 'scroll';
const { app, page, settled } = await openProfiledApp(size);
const view = async (name: string) => Math.round(await clickView(page, name));
try {
  await page.locator('[data-citation-id]').first().waitFor({ timeout: 120_000 });
  await settled();
  const { cdp, metrics } = await rendererSession(page);
  if (mode === 'scroll') {
    await view('Bibliography');
    const m0 = await metrics();
    await cdp.send('Profiler.start');
    const result = (await page.evaluate(
      `globalThis.__uiProbe.scrollFrames('.view:not([hidden]) .bibliography__list', 240, 180)`,
    )) as { frames: number[]; longTasks: number[] };
    const { profile } = (await cdp.send('Profiler.stop')) as { profile: Profile };
    const m1 = await metrics();
    for (const k of ['LayoutDuration', 'RecalcStyleDuration', 'ScriptDuration', 'TaskDuration'])
      console.log(`${k}: ${((m1[k] ?? 0) - (m0[k] ?? 0)).toFixed(3)} s`);
    console.log(`LayoutCount: ${(m1.LayoutCount ?? 0) - (m0.LayoutCount ?? 0)}`);
    const f = result.frames;
    console.log(
      `frames ${f.length}: p50 ${quantile(f, 0.5).toFixed(1)} p95 ${quantile(f, 0.95).toFixed(1)} max ${Math.max(...f).toFixed(1)}; long tasks ${result.longTasks.map(Math.round).join(' ')}`,
    );
    console.log('\nrenderer self time:\n' + selfTimes(profile).join('\n'));
  } else {
    // What the app readies once idle after opening (ClaimsReady) is there, as in the bench.
    await page.waitForTimeout(8_000);
    await settled();
    for (const name of ['Bibliography', 'Claims', 'Notes', 'Papers', 'Reader']) {
      await cdp.send('Profiler.start');
      const m0 = await metrics();
      const before = ((await page.evaluate('globalThis.__uiProbe.calls.length')) as number) ?? 0;
      const ms = await view(name);
      const m1 = await metrics();
      const { profile } = (await cdp.send('Profiler.stop')) as { profile: Profile };
      const calls = (await page.evaluate(`globalThis.__uiProbe.calls.slice(${before})`)) as {
        method: string;
        ms: number;
      }[];
      console.log(
        `\n== ${name}: ${ms} ms; layout ${((m1.LayoutDuration! - m0.LayoutDuration!) * 1000).toFixed(0)} ms, style ${((m1.RecalcStyleDuration! - m0.RecalcStyleDuration!) * 1000).toFixed(0)} ms, script ${((m1.ScriptDuration! - m0.ScriptDuration!) * 1000).toFixed(0)} ms; calls ${calls.map((c) => `${c.method} ${Math.round(c.ms)}`).join(', ')}`,
      );
      console.log(selfTimes(profile, 12).join('\n'));
    }
  }
} finally {
  await app.close();
}
