import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  findMarkdownCitations,
  markdownCitationKeys,
} from '../../../src/core/userData/markdownKeys';

const keysOf = (md: string) => markdownCitationKeys(md).map((c) => [c.key, c.locator]);

describe('citation keys in note Markdown', () => {
  it('reads bracketed citations with locators and several keys', () => {
    expect(keysOf('As argued [@betts2011c, p. 41].')).toEqual([['betts2011c', 'p. 41']]);
    expect(keysOf('[see @betts2011c, pp. 33-35; also @kohler2011, chap. 1]')).toEqual([
      ['betts2011c', 'pp. 33-35'],
      ['kohler2011', 'chap. 1'],
    ]);
    expect(keysOf('[-@lavenex2006]')).toEqual([['lavenex2006', null]]);
  });

  it('reads bare in-text citations, with an optional bracketed locator', () => {
    expect(keysOf('@kohler2011 says so.')).toEqual([['kohler2011', null]]);
    expect(keysOf('@kohler2011 [p. 3] says so.')).toEqual([['kohler2011', 'p. 3']]);
    // Trailing punctuation is not part of the key; internal punctuation is.
    expect(keysOf('See @doe:99.')).toEqual([['doe:99', null]]);
    expect(keysOf('See @kohler2011.')).toEqual([['kohler2011', null]]);
  });

  it('ignores e-mail addresses, code spans and fenced code', () => {
    expect(keysOf('Write to ana@example.org or @ana.')).toEqual([['ana', null]]);
    expect(keysOf('Code `@notakey` and\n```\n[@neither]\n```\nthen @yes2020')).toEqual([
      ['yes2020', null],
    ]);
  });

  it('ignores link destinations and URLs, but reads keys in link text (as pandoc does)', () => {
    expect(keysOf('[profile](https://example.org/@handle) and https://m.social/@someone')).toEqual(
      [],
    );
    expect(keysOf('[as @betts2011c shows](https://example.org)')).toEqual([['betts2011c', null]]);
  });

  it('lists each key once, with its first locator, in order', () => {
    expect(keysOf('@b2001 then [@a2000, 5] then [@b2001, 7]')).toEqual([
      ['b2001', null],
      ['a2000', '5'],
    ]);
  });

  it('gives offsets covering the citation as written', () => {
    const md = 'x [@betts2011c, p. 41] y @kohler2011';
    expect(findMarkdownCitations(md).map((c) => md.slice(c.start, c.end))).toEqual([
      '[@betts2011c, p. 41]',
      '@kohler2011',
    ]);
  });

  it('never throws and finds every key it is given, whatever surrounds it', () => {
    fc.assert(
      fc.property(fc.string(), fc.stringMatching(/^[a-z][a-z0-9]{0,10}$/), (noise, key) => {
        const clean = noise.replace(/[@`[\]~]/g, ' ');
        const found = markdownCitationKeys(`${clean} [@${key}] ${clean}`).map((c) => c.key);
        expect(found).toContain(key);
      }),
    );
  });
});
