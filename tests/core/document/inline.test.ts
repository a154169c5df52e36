// Inline markup: emphasis, links, markers, escapes and whitespace, as the body text sees them.
import { describe, expect, it } from 'vitest';
import { parseInline } from '../../../src/core/document/inline';

const spans = (source: string): [string, string][] => {
  const parsed = parseInline(source);
  return parsed.emphasis.map((s) => [parsed.text.slice(s.start, s.end), s.style]);
};

describe('inline markup', () => {
  it('removes emphasis markers and keeps italic and bold spans', () => {
    expect(parseInline('a *b* and **c** and ***d***').text).toBe('a b and c and d');
    expect(spans('a *b* and **c** and ***d***')).toEqual([
      ['b', 'italic'],
      ['c', 'bold'],
      ['d', 'bold'],
      ['d', 'italic'],
    ]);
  });

  it('nests emphasis and handles underscores only at word edges', () => {
    expect(spans('**outer *inner* rest**')).toEqual([
      ['outer inner rest', 'bold'],
      ['inner', 'italic'],
    ]);
    expect(parseInline('snake_case_name and _it_').text).toBe('snake_case_name and it');
    expect(spans('snake_case_name and _it_')).toEqual([['it', 'italic']]);
  });

  it('keeps unmatched or spaced markers as literal characters', () => {
    expect(parseInline('**unclosed and 2 * 3').text).toBe('**unclosed and 2 * 3');
    expect(parseInline('\\*not emphasis\\*').text).toBe('*not emphasis*');
  });

  it('reduces links to their text and autolinks to their address; drops images', () => {
    expect(parseInline('see [the *site*](http://x.org/a_(b)) now').text).toBe('see the site now');
    expect(spans('see [the *site*](http://x.org) now')).toEqual([['site', 'italic']]);
    expect(parseInline('<http://www.un.org/x.html> and <mailto:a@b.org>').text).toBe(
      'http://www.un.org/x.html and a@b.org',
    );
    expect(parseInline('logo ![UNRISD](logo.png) here').text).toBe('logo here');
  });

  it('turns <sup>n</sup> and [^n] into markers at the end of the preceding word', () => {
    expect(parseInline('end.’<sup>1</sup> Next[^2] word')).toEqual({
      text: 'end.’ Next word',
      emphasis: [],
      markers: [
        { label: '1', offset: 5 },
        { label: '2', offset: 10 },
      ],
    });
  });

  it('reads HTML emphasis tags and drops other tags', () => {
    expect(spans('an <em>important</em> <span>and</span> <strong>bold</strong> point')).toEqual([
      ['important', 'italic'],
      ['bold', 'bold'],
    ]);
    expect(parseInline('a <span class="x">b</span><br>c').text).toBe('a b c');
  });

  it('collapses whitespace and hard line breaks to single spaces, keeping other characters', () => {
    expect(parseInline('  one  \ntwo\\\nthree\n\tfour  ').text).toBe('one two three four');
    expect(parseInline('“quotes” – dashes ‘and’ Héritier Köhler').text).toBe(
      '“quotes” – dashes ‘and’ Héritier Köhler',
    );
    expect(parseInline('a < b and c > d').text).toBe('a < b and c > d');
  });
});
