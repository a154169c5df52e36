/**
 * `tsx bench/uiKeySplit.ts [size] [field] [terms]`: where each typed key's time goes in the
 * Bibliography filter (or 'search', 'notes', 'palette'), measured as the UI bench measures it: from the
 * input event to the contract call, the calls themselves (transport and services), from the last
 * answer to the last DOM change (rendering), and from that to its painted frame (style, layout,
 * paint, and the wait for the frame). `terms`: comma-separated words typed one key at a time.
 * Development aid for issue 15, not part of the bench's figures.
 */
import { quantile } from './stats';
import { clearField, openField, openProfiledApp } from './uiProfileApp';

const size = Number(process.argv[2] ?? 100_000);
const field = process.argv[3] ?? 'filter';
const terms = (process.argv[4] ?? 'migration,governance,koehler,partnership,european').split(',');

interface KeyProbe {
  input: number;
  mutation: number;
  calls: { method: string; start: number; ms: number }[];
  /** Calls asked before the key that were still running when it came (they share main). */
  before: { method: string; start: number; ms: number }[];
}

/** What the page's probe recorded since the last input event. */
const SINCE_INPUT = `(() => {
  const p = globalThis.__uiProbe;
  return {
    input: p.inputAt,
    mutation: p.lastMutation,
    calls: p.calls.filter((c) => c.start >= p.inputAt),
    before: p.calls.filter((c) => c.start < p.inputAt && c.start + c.ms > p.inputAt),
  };
})()`;

const ms = (n: number) => n.toFixed(1).padStart(6);

const { app, page, settled } = await openProfiledApp(size);
try {
  const focus = await openField(page, field);
  await settled();
  const totals: number[] = [];
  for (const term of terms) {
    await clearField({ page, settled }, focus);
    for (let i = 1; i <= term.length; i++) {
      const char = term[i - 1]!;
      await page.keyboard.press(char === ' ' ? 'Space' : char);
      const painted = await settled();
      const key = (await page.evaluate(SINCE_INPUT)) as KeyProbe;
      const replied = Math.max(key.input, ...key.calls.map((c) => c.start + c.ms));
      const total = painted - key.input;
      totals.push(total);
      const first = key.calls[0];
      console.log(
        `${term.slice(0, i).padEnd(14)} total ${ms(total)}  to call ${first ? ms(first.start - key.input) : '     -'}` +
          `  calls ${key.calls.map((c) => `${c.method} ${c.ms.toFixed(1)}`).join(', ') || '-'}` +
          `  answer→DOM ${ms(key.mutation - replied)}  DOM→paint ${ms(painted - key.mutation)}` +
          (key.before.length
            ? `  still running: ${key.before.map((c) => `${c.method} ${(c.start + c.ms - key.input).toFixed(1)} more`).join(', ')}`
            : ''),
      );
    }
  }
  console.log(
    `${field} at ${size}, ${totals.length} keys: median ${ms(quantile(totals, 0.5))}` +
      ` p95 ${ms(quantile(totals, 0.95))} max ${ms(Math.max(...totals))}`,
  );
} finally {
  await app.close();
}
