import { describe, expect, it } from 'vitest';
import { cloneData } from '../../../src/services/import/cloneData';

describe('cloneData', () => {
  it('copies nested objects and arrays deeply, keeping key order and undefined values', () => {
    const original = {
      id: 'a',
      author: [{ family: 'Köhler', given: 'Ann' }],
      issued: { 'date-parts': [[2013, 4]] },
      note: undefined,
      n: 3,
      ok: true,
      none: null,
    };
    const copy = cloneData(original);
    expect(copy).toStrictEqual(original);
    expect(Object.keys(copy)).toEqual(Object.keys(original));
    expect(copy.author).not.toBe(original.author);
    expect(copy.author[0]).not.toBe(original.author[0]);
    expect(copy.issued['date-parts'][0]).not.toBe(original.issued['date-parts'][0]);
    copy.author[0]!.family = 'changed';
    expect(original.author[0]!.family).toBe('Köhler');
  });

  it('hands values that are not plain data to structuredClone', () => {
    const when = new Date('2020-01-02T00:00:00Z');
    const copy = cloneData({ when, tags: new Set(['x']) });
    expect(copy.when).toBeInstanceOf(Date);
    expect(copy.when).not.toBe(when);
    expect(copy.when.getTime()).toBe(when.getTime());
    expect([...copy.tags]).toEqual(['x']);
  });

  it('copies only own properties', () => {
    const proto = { inherited: 1 };
    const withProto = Object.assign(Object.create(null) as Record<string, unknown>, { own: 2 });
    expect(cloneData(withProto)).toEqual({ own: 2 });
    expect(Object.keys(cloneData(Object.create(proto) as object))).toEqual([]);
  });
});
