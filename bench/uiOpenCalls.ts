/**
 * `tsx bench/uiOpenCalls.ts [size]`: what the window asks at start and when each answer came, on
 * the generated library of `size` works: each call's start and end (ms from navigation), the
 * first citation's appearance and the moment the page settled (what the UI bench's "open to
 * paper painted" counts from navigation); with PROFILE=1, the services' CPU profile over it;
 * with BLOCKS=1, the stretches in which the services' event loop did not turn.
 * Development aid for issue 15, not part of the bench.
 */
import { Session } from 'node:inspector/promises';
import { selfTimes, type Profile } from './cpuProfile';
import { openProfiledApp } from './uiProfileApp';

const size = Number(process.argv[2] ?? 100_000);

async function main(): Promise<void> {
  // With PROFILE=1: where this process (the services) spent its time from start to settled.
  const session = process.env.PROFILE ? new Session() : null;
  if (session) {
    session.connect();
    await session.post('Profiler.enable');
    await session.post('Profiler.setSamplingInterval', { interval: 200 });
    await session.post('Profiler.start');
  }
  // With BLOCKS=1: every stretch of over 40 ms in which this process's event loop did not turn.
  let last = performance.now();
  const ticker = setInterval(() => {
    const now = performance.now();
    if (process.env.BLOCKS && now - last > 40) {
      console.error(`event loop held ${Math.round(last)} -> ${Math.round(now)} ms`);
    }
    last = now;
  }, 5);
  const { app, page, settled } = await openProfiledApp(size);
  try {
    await page.locator('[data-citation-id]').first().waitFor({ timeout: 120_000 });
    const cited = (await page.evaluate('performance.now()')) as number;
    const still = await settled();
    const calls = (await page.evaluate('globalThis.__uiProbe.calls')) as {
      method: string;
      start: number;
      ms: number;
    }[];
    console.log(`services ${Math.round(app.servicesMs)} ms before navigation`);
    for (const c of calls.sort((a, b) => a.start + a.ms - (b.start + b.ms))) {
      const end = c.start + c.ms;
      if (c.start > still) break;
      console.log(
        `${c.method.padEnd(22)} ${String(Math.round(c.start)).padStart(6)} -> ${String(Math.round(end)).padStart(6)} ms`,
      );
    }
    clearInterval(ticker);
    if (session) {
      const { profile } = await session.post('Profiler.stop');
      console.log(selfTimes(profile as Profile, 30).join('\n'));
    }
    console.log(
      `first citation seen by ${Math.round(cited)} ms; settled (painted) at ${Math.round(still)} ms`,
    );
  } finally {
    await app.close();
  }
}

void main();
