/**
 * `tsx bench/uiProfile.ts [size] [field]`: CPU profiles of the renderer (CDP Profiler) and of the
 * services (node:inspector, this process) while typing into the Bibliography filter (or 'search',
 * 'palette'); prints each key's latency and the functions with the most self time on each side.
 * Development aid for issue 15, not part of the bench's figures.
 */
import { Session } from 'node:inspector/promises';
import { writeFileSync } from 'node:fs';
import { selfTimes, type Profile } from './cpuProfile';
import { clearField, openField, openProfiledApp, rendererSession } from './uiProfileApp';

const size = Number(process.argv[2] ?? 100_000);
const field = process.argv[3] ?? 'filter';
const { app, page, settled } = await openProfiledApp(size);
const probe = (expr: string) => page.evaluate(expr);
try {
  const focus = await openField(page, field);
  await settled();
  const { cdp, metrics } = await rendererSession(page);
  const node = new Session();
  node.connect();
  await node.post('Profiler.enable');
  await node.post('Profiler.setSamplingInterval', { interval: 200 });
  const m0 = await metrics();
  await cdp.send('Profiler.start');
  await node.post('Profiler.start');
  const latencies: number[] = [];
  for (const term of ['migration', 'governance', 'koehler', 'partnership']) {
    await clearField({ page, settled }, focus);
    for (const c of term) {
      await page.keyboard.press(c);
      const painted = await settled();
      const input = (await probe('globalThis.__uiProbe.inputAt')) as number;
      latencies.push(Math.round(painted - input));
    }
  }
  const m1 = await metrics();
  const { profile: renderer } = (await cdp.send('Profiler.stop')) as { profile: Profile };
  for (const k of [
    'LayoutDuration',
    'RecalcStyleDuration',
    'ScriptDuration',
    'TaskDuration',
    'LayoutCount',
    'RecalcStyleCount',
    'Nodes',
  ])
    console.log(`${k}: ${((m1[k] ?? 0) - (k === 'Nodes' ? 0 : (m0[k] ?? 0))).toFixed(3)}`);
  const { profile: services } = (await node.post('Profiler.stop')) as unknown as {
    profile: Profile;
  };
  writeFileSync(`/tmp/uikeys/${field}-${size}-renderer.cpuprofile`, JSON.stringify(renderer));
  writeFileSync(`/tmp/uikeys/${field}-${size}-services.cpuprofile`, JSON.stringify(services));
  console.log(`${field} at ${size}: key latencies ${latencies.join(' ')}`);
  console.log('\nrenderer self time:\n' + selfTimes(renderer).join('\n'));
  console.log('\nservices (node) self time:\n' + selfTimes(services).join('\n'));
  const calls = (await probe('globalThis.__uiProbe.calls')) as { method: string; ms: number }[];
  console.log(
    '\ncalls:',
    calls
      .slice(-40)
      .map((c) => `${c.method} ${Math.round(c.ms)}`)
      .join(', '),
  );
} finally {
  await app.close();
}
