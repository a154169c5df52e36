/**
 * `tsx bench/uiFirstKey.ts [size] [field] [keys]`: the first keys typed into a field of a fresh
 * session (default: the search box, 'mi'), each with where its time went: the renderer's style,
 * layout and script time (CDP Performance metrics), the calls it made and their time in the
 * services, and the functions with the most self time on both sides (CPU profiles of the
 * renderer and of this process, where the services run). What is cold on a first key shows as
 * the difference between it and the next. Development aid for issue 15, not part of the bench.
 */
import { Session } from 'node:inspector/promises';
import { selfTimes, type Profile } from './cpuProfile';
import { openField, openProfiledApp, rendererSession } from './uiProfileApp';

const size = Number(process.argv[2] ?? 100_000);
const field = process.argv[3] ?? 'search';
const keys = process.argv[4] ?? 'mi';
const TRACE_CATEGORIES = [
  'devtools.timeline',
  'v8',
  'v8.execute',
  'disabled-by-default-v8.compile',
  'blink',
  'loading',
];

interface TraceEvent {
  name: string;
  ph: string;
  dur?: number;
  tid: number;
  args?: { data?: { url?: string } };
}

/** Complete events of the renderer's main thread summed by name (nested ones counted in each). */
function eventTotals(events: TraceEvent[], top = 25): string[] {
  const main = events.find(
    (e) => e.name === 'thread_name' && (e.args as { name?: string })?.name === 'CrRendererMain',
  );
  const byName = new Map<string, { ms: number; n: number }>();
  for (const e of events) {
    if (e.ph !== 'X' || e.dur === undefined || (main && e.tid !== main.tid)) continue;
    const url = e.args?.data?.url;
    const name = url ? `${e.name} ${url.split('/').pop()}` : e.name;
    const t = byName.get(name) ?? { ms: 0, n: 0 };
    t.ms += e.dur / 1000;
    t.n++;
    byName.set(name, t);
  }
  return [...byName]
    .sort((a, b) => b[1].ms - a[1].ms)
    .slice(0, top)
    .map(([name, t]) => `${t.ms.toFixed(1).padStart(8)} ms ${String(t.n).padStart(5)}  ${name}`);
}

const METRICS = ['RecalcStyleDuration', 'LayoutDuration', 'ScriptDuration', 'TaskDuration'];

const { app, page, settled } = await openProfiledApp(size);
try {
  const focus = await openField(page, field);
  await settled();
  // As a user would: the first key a few seconds after the window opened (what the app readies
  // when idle after opening is ready by then).
  await new Promise((resolve) =>
    setTimeout(resolve, Number(process.env.FIRST_KEY_AFTER_MS ?? 3000)),
  );
  await focus();
  await settled();
  const { metrics } = await rendererSession(page);
  const node = new Session();
  node.connect();
  await node.post('Profiler.enable');
  await node.post('Profiler.setSamplingInterval', { interval: 200 });
  const requested: string[] = [];
  page.on('request', (r) => requested.push(r.url().split('/').pop()!));
  for (const key of keys) {
    requested.length = 0;
    const before = await metrics();
    const calls = app.calls.length;
    const browser = page.context().browser()!;
    await browser.startTracing(page, { categories: TRACE_CATEGORIES });
    await node.post('Profiler.start');
    await page.keyboard.press(key);
    const painted = await settled();
    const trace = JSON.parse((await browser.stopTracing()).toString('utf8')) as {
      traceEvents: TraceEvent[];
    };
    const { profile: services } = (await node.post('Profiler.stop')) as unknown as {
      profile: Profile;
    };
    const after = await metrics();
    const probe = (await page.evaluate(`(() => {
      const p = globalThis.__uiProbe;
      return { input: p.inputAt, mutation: p.lastMutation,
        calls: p.calls.filter((c) => c.start >= p.inputAt).map((c) => c.method + ' ' + c.ms.toFixed(1)) };
    })()`)) as { input: number; mutation: number; calls: string[] };
    const spent = METRICS.map(
      (m) =>
        `${m.replace('Duration', '')} ${(((after[m] ?? 0) - (before[m] ?? 0)) * 1000).toFixed(1)}`,
    );
    console.log(
      `\n== key '${key}': total ${(painted - probe.input).toFixed(1)} ms, DOM→paint ${(painted - probe.mutation).toFixed(1)}; ${spent.join(', ')} ms`,
    );
    console.log(`calls: ${probe.calls.join(', ')}; files loaded: ${requested.join(', ') || '-'}`);
    for (const c of app.calls.slice(calls)) console.log(`  ${c.method} ${JSON.stringify(c.input)}`);
    console.log(
      'renderer trace events (inclusive ms, count):\n' + eventTotals(trace.traceEvents).join('\n'),
    );
    console.log('services self time:\n' + selfTimes(services, 15).join('\n'));
  }
} finally {
  await app.close();
}
