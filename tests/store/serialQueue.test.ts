// Tasks of one key run one after another (in the order given, a failure not stopping the next);
// tasks of different keys run side by side; an idle key is forgotten.
import { describe, expect, it } from 'vitest';
import { KeyedSerialQueue } from '../../src/store/serialQueue';

const tick = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('KeyedSerialQueue', () => {
  it('runs one key’s tasks in turn and different keys’ tasks side by side', async () => {
    const queue = new KeyedSerialQueue();
    const log: string[] = [];
    const task =
      (name: string, ms: number, fail = false) =>
      async () => {
        log.push(`${name} start`);
        await tick(ms);
        log.push(`${name} end`);
        if (fail) throw new Error(name);
        return name;
      };
    const a1 = queue.run('a', task('a1', 30, true));
    const a2 = queue.run('a', task('a2', 0));
    const b1 = queue.run('b', task('b1', 5));
    await expect(a1).rejects.toThrow('a1');
    await expect(Promise.all([a2, b1])).resolves.toEqual(['a2', 'b1']);
    expect(log).toEqual(['a1 start', 'b1 start', 'b1 end', 'a1 end', 'a2 start', 'a2 end']);
    await tick(0);
    expect(queue.busyKeys).toBe(0);
  });
});
