/**
 * `tsx bench/uiKeyCpu.ts [size] [keys] [waitMs]`: CPU time per key typed into the search field,
 * as the UI bench types it (its words, `keys` keys), after the app has been open and idle for
 * `waitMs`: the renderer's main thread (CDP Performance metrics in thread time: script, style,
 * layout and all tasks), this process (the services and the harness's transport; CPU time of the
 * process) and the hits shown. CPU time, unlike the bench's wall time, hardly depends
 * on what else the machine runs, so two versions compare on a busy machine. Development aid for
 * issue 15, not part of the bench's figures.
 */
import { TERMS } from './ui';
import { quantile } from './stats';
import { openField, openProfiledApp } from './uiProfileApp';

const size = Number(process.argv[2] ?? 100_000);
const keys = Number(process.argv[3] ?? 100);
const waitMs = Number(process.argv[4] ?? 8_000);

const { app, page, settled } = await openProfiledApp(size);
try {
  const focus = await openField(page, 'search');
  await settled();
  await new Promise((resolve) => setTimeout(resolve, waitMs));
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Performance.enable', { timeDomain: 'threadTicks' });
  const metrics = async () =>
    Object.fromEntries(
      (await cdp.send('Performance.getMetrics')).metrics.map((m) => [m.name, m.value]),
    ) as Record<string, number>;
  const rows: {
    key: string;
    renderer: number;
    script: number;
    layout: number;
    services: number;
    hits: number;
  }[] = [];
  let typed = 0;
  for (const term of TERMS) {
    if (typed >= keys) break;
    await focus();
    await page.keyboard.press('ControlOrMeta+a');
    await page.keyboard.press('Backspace');
    await settled();
    for (let i = 1; i <= term.length && typed < keys; i++, typed++) {
      const char = term[i - 1]!;
      const before = await metrics();
      const cpu = process.cpuUsage();
      await page.keyboard.press(char === ' ' ? 'Space' : char);
      await settled();
      const used = process.cpuUsage(cpu);
      const after = await metrics();
      const d = (m: string) => ((after[m] ?? 0) - (before[m] ?? 0)) * 1000;
      const hits = await page.locator('.hit[data-hit-id]').count();
      rows.push({
        key: term.slice(0, i),
        renderer: d('TaskDuration'),
        script: d('ScriptDuration'),
        layout: d('LayoutDuration') + d('RecalcStyleDuration'),
        services: (used.user + used.system) / 1000,
        hits,
      });
    }
  }
  const sum = (f: (r: (typeof rows)[0]) => number) => rows.reduce((a, r) => a + f(r), 0);
  const stat = (name: string, f: (r: (typeof rows)[0]) => number) => {
    const v = rows.map(f);
    return `${name} sum ${sum(f).toFixed(0)} p95 ${quantile(v, 0.95).toFixed(1)} max ${Math.max(...v).toFixed(1)}`;
  };
  console.log(
    rows
      .slice(0, 6)
      .map((r) => `${r.key}: renderer ${r.renderer.toFixed(1)} services ${r.services.toFixed(1)}`)
      .join('; '),
  );
  console.log(
    `${rows.length} keys: ${stat('renderer', (r) => r.renderer)}; ${stat('script', (r) => r.script)}; ` +
      `${stat('style+layout', (r) => r.layout)}; ${stat('this process', (r) => r.services)}; ` +
      `hits per key median ${quantile(
        rows.map((r) => r.hits),
        0.5,
      )}`,
  );
} finally {
  await app.close();
}
