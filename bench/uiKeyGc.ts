/**
 * `tsx bench/uiKeyGc.ts [size] [field] [terms]`: each typed key's latency (as the UI bench takes
 * it) next to what the garbage collectors did while it was answered and painted, on both sides:
 * the renderer's collections (a Chromium trace's MinorGC / MajorGC events that overlap the key,
 * from its input event to its painted frame) and the services' (this process: v8.GCProfiler from
 * the key press until the page settled), with the bytes each side allocated for the key (the
 * growth of the used heap plus what every collection in between freed). Counts that do not
 * depend on the machine's load; development aid for issue 15, not part of the bench's figures.
 */
import { GCProfiler } from 'node:v8';
import { quantile } from './stats';
import { clearField, openField, openProfiledApp } from './uiProfileApp';

const size = Number(process.argv[2] ?? 100_000);
const field = process.argv[3] ?? 'filter';
const terms = (
  process.argv[4] ??
  'migration,governance,koehler,partnership,european,lavenex,refugee,muller 2011,integration,border,mobility,citizenship,transnational'
).split(',');

interface TraceEvent {
  name: string;
  cat: string;
  ph: string;
  ts: number;
  dur?: number;
  args?: {
    data?: Record<string, unknown>;
    usedHeapSizeBefore?: number;
    usedHeapSizeAfter?: number;
  };
}

interface KeyRecord {
  label: string;
  total: number;
  /** Page times of the key's input event and painted frame. */
  input: number;
  painted: number;
  /** Page time of the mark set just before the key was pressed, and the trace's ts of it. */
  markPage: number;
  /** The renderer's used heap before the key and once settled. */
  heapBefore: number;
  heapAfter: number;
  services: { gcs: { type: string; ms: number; freed: number }[]; allocated: number };
  calls: string;
}

const MB = (n: number) => (n / 1e6).toFixed(1);

const { app, page, settled } = await openProfiledApp(size);
const browser = page.context().browser()!;
try {
  const focus = await openField(page, field);
  await settled();
  const cdp = await page.context().newCDPSession(page);
  const heapUsed = async () =>
    ((await cdp.send('Runtime.getHeapUsage')) as { usedSize: number }).usedSize;
  await browser.startTracing(page, {
    categories: ['devtools.timeline', 'v8', 'blink.user_timing', 'disabled-by-default-v8.gc'],
  });
  const keys: KeyRecord[] = [];
  for (const term of terms) {
    await clearField({ page, settled }, focus);
    for (let i = 1; i <= term.length; i++) {
      const char = term[i - 1]!;
      const heapBefore = await heapUsed();
      const markPage = (await page.evaluate(
        `performance.mark('key ${keys.length}'), performance.now()`,
      )) as number;
      const callsBefore = app.calls.length;
      const profiler = new GCProfiler();
      profiler.start();
      const usedBefore = process.memoryUsage().heapUsed;
      await page.keyboard.press(char === ' ' ? 'Space' : char);
      const painted = await settled();
      const usedAfter = process.memoryUsage().heapUsed;
      const stats = profiler.stop();
      const heapAfter = await heapUsed();
      const gcs = (stats?.statistics ?? []).map((s) => ({
        type: s.gcType,
        ms: s.cost / 1000,
        freed: s.beforeGC.heapStatistics.usedHeapSize - s.afterGC.heapStatistics.usedHeapSize,
      }));
      const probe = (await page.evaluate(`(() => {
        const p = globalThis.__uiProbe;
        return {
          input: p.inputAt,
          calls: p.calls.filter((c) => c.start >= p.inputAt).map((c) => c.method + ' ' + c.ms.toFixed(1)).join(', '),
        };
      })()`)) as { input: number; calls: string };
      if (process.env.SHOW_CALLS)
        for (const c of app.calls.slice(callsBefore))
          console.log(`  ${term.slice(0, i)}: ${c.method} ${JSON.stringify(c.input)}`);
      keys.push({
        label: term.slice(0, i),
        total: painted - probe.input,
        input: probe.input,
        painted,
        markPage,
        heapBefore,
        heapAfter,
        services: {
          gcs,
          allocated: usedAfter - usedBefore + gcs.reduce((sum, g) => sum + g.freed, 0),
        },
        calls: probe.calls,
      });
    }
  }
  const trace = JSON.parse((await browser.stopTracing()).toString('utf8')) as {
    traceEvents: TraceEvent[];
  };
  const events = trace.traceEvents;
  // The page's clock in the trace's: each key's mark is in both.
  const markTs = new Map<string, number>();
  for (const e of events)
    if (e.cat.includes('blink.user_timing') && e.name.startsWith('key ') && !markTs.has(e.name))
      markTs.set(e.name, e.ts);
  const offsets = keys
    .map((k, i) => (markTs.get(`key ${i}`) ?? NaN) - k.markPage * 1000)
    .filter((o) => !Number.isNaN(o));
  const offset = quantile(offsets, 0.5);
  const gcEvents = events.filter(
    (e) => (e.name === 'MinorGC' || e.name === 'MajorGC') && e.ph === 'X' && e.dur !== undefined,
  );
  const renderer = (from: number, to: number) => {
    const a = from * 1000 + offset;
    const b = to * 1000 + offset;
    return gcEvents.filter((e) => e.ts < b && e.ts + e.dur! > a);
  };
  // Everything the renderer's collections freed between two page times (marks to settle).
  let rendererGcMs = 0;
  let servicesGcMs = 0;
  let slowWithGc = 0;
  for (const k of keys) {
    const during = renderer(k.input, k.painted);
    const all = renderer(k.markPage, k.painted + 150);
    const freed = all.reduce(
      (s, e) => s + (e.args?.usedHeapSizeBefore ?? 0) - (e.args?.usedHeapSizeAfter ?? 0),
      0,
    );
    const allocated = k.heapAfter - k.heapBefore + freed;
    const rGc = during.map(
      (e) => `${e.name === 'MinorGC' ? 'minor' : 'MAJOR'} ${(e.dur! / 1000).toFixed(1)}`,
    );
    const sGc = k.services.gcs.map(
      (g) => `${g.type === 'Scavenge' ? 'scav' : g.type} ${g.ms.toFixed(1)}`,
    );
    rendererGcMs += during.reduce((s, e) => s + e.dur! / 1000, 0);
    servicesGcMs += k.services.gcs.reduce((s, g) => s + g.ms, 0);
    if (k.total > 50 && (during.length || k.services.gcs.length)) slowWithGc++;
    console.log(
      `${k.label.padEnd(14)} ${k.total.toFixed(1).padStart(6)}  renderer alloc ${MB(allocated).padStart(5)} MB gc [${rGc.join(', ')}]` +
        `  services alloc ${MB(k.services.allocated).padStart(5)} MB gc [${sGc.join(', ')}]  ${k.calls}`,
    );
  }
  const totals = keys.map((k) => k.total);
  console.log(
    `${field} at ${size}, ${keys.length} keys: median ${quantile(totals, 0.5).toFixed(1)} p95 ${quantile(totals, 0.95).toFixed(1)} max ${Math.max(...totals).toFixed(1)};` +
      ` renderer gc in keys ${rendererGcMs.toFixed(0)} ms, services gc ${servicesGcMs.toFixed(0)} ms; keys > 50 ms with a gc: ${slowWithGc}` +
      ` (${offsets.length} marks matched)`,
  );
} finally {
  await app.close();
}
