// @vitest-environment jsdom
// The note preview renders Markdown without raw HTML or remote images, with citation chips.
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { MarkdownPreview } from '../../src/renderer/features/notes/MarkdownPreview';
import { isLocalImage, lexNote, plainText } from '../../src/renderer/features/notes/markdown';

afterEach(cleanup);

const labels: Record<string, string> = { betts2011c: 'Betts 2011c', kohler2011: 'Köhler 2011' };

function preview(markdown: string, onCite = vi.fn()) {
  const { container } = render(
    <MarkdownPreview markdown={markdown} labelOf={(k) => labels[k] ?? null} onCite={onCite} />,
  );
  return { root: container.firstElementChild as HTMLElement, onCite };
}

describe('the note preview', () => {
  it('renders the usual Markdown', () => {
    const { root } = preview(
      '# Title\n\nSome *emphasis*, **strong**, `code` and ~~gone~~.\n\n> quoted\n\n1. one\n2. two\n\n| a | b |\n|---|---|\n| 1 | 2 |\n\n```\nblock\n```',
    );
    expect(root.querySelector('h2')?.textContent).toBe('Title');
    expect(root.querySelector('em')?.textContent).toBe('emphasis');
    expect(root.querySelector('strong')?.textContent).toBe('strong');
    expect(root.querySelector('code')?.textContent).toBe('code');
    expect(root.querySelector('del')?.textContent).toBe('gone');
    expect(root.querySelector('blockquote')?.textContent).toBe('quoted');
    expect([...root.querySelectorAll('ol li')].map((li) => li.textContent)).toEqual(['one', 'two']);
    expect(root.querySelector('td')?.textContent).toBe('1');
    expect(root.querySelector('pre code')?.textContent).toBe('block');
  });

  it('shows raw HTML as text and never creates its elements or handlers', () => {
    const { root } = preview(
      'Hi <img src=x onerror="alert(1)"> <script>alert(2)</script>\n\n<iframe src="https://evil.example"></iframe>\n\n<a href="javascript:alert(3)">x</a>',
    );
    for (const tag of ['img', 'script', 'iframe', 'a']) expect(root.querySelector(tag)).toBeNull();
    const attributes = [...root.querySelectorAll('*')].flatMap((el) =>
      [...el.attributes].map((a) => a.name),
    );
    expect(attributes.filter((a) => a.startsWith('on') || a === 'href' || a === 'src')).toEqual([]);
    expect(root.textContent).toContain('<img src=x onerror="alert(1)">');
    expect(root.textContent).toContain('<iframe src="https://evil.example"></iframe>');
  });

  it('blocks remote images and keeps pictures embedded in the note', () => {
    const pixel =
      'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=';
    const { root } = preview(
      `![far](https://example.org/a.png) ![near](${pixel}) ![svg](data:image/svg+xml,<svg/>)`,
    );
    const images = root.querySelectorAll('img');
    expect(images).toHaveLength(1);
    expect(images[0]?.getAttribute('src')).toBe(pixel);
    expect(root.textContent).toContain('[image: far — not shown: Scholion loads no remote images]');
    expect(root.textContent).toContain('[image: svg — not shown');
  });

  it('shows links as text that does not navigate', () => {
    const { root } = preview('See [the source](https://example.org/x) or <https://example.org/y>.');
    expect(root.querySelector('a')).toBeNull();
    const link = root.querySelector('.md-link') as HTMLElement;
    expect(link.textContent).toBe('the source');
    expect(link.title).toMatch(/^https:\/\/example\.org\/x/);
  });

  it('turns citations into chips that open the work, and marks unknown keys', () => {
    const { onCite } = preview('As [@betts2011c, p. 41; @kohler2011] argue, unlike [@nobody2020].');
    fireEvent.click(screen.getByRole('button', { name: 'Betts 2011c, p. 41' }));
    expect(onCite).toHaveBeenCalledWith('betts2011c');
    fireEvent.click(screen.getByRole('button', { name: 'Köhler 2011' }));
    expect(onCite).toHaveBeenLastCalledWith('kohler2011');
    expect(screen.queryByRole('button', { name: /nobody/ })).toBeNull();
    expect(screen.getByText('@nobody2020').className).toContain('chip--unknown');
  });

  it('does not take e-mail addresses or code for citations, nor link destinations', () => {
    const citations = (md: string) =>
      JSON.stringify(lexNote(md)).match(/"type":"citation"/g)?.length ?? 0;
    expect(citations('write to anna@betts2011c.org')).toBe(0);
    expect(citations('`[@betts2011c]` in code')).toBe(0);
    expect(citations('[x](https://x.org/@betts2011c)')).toBe(0);
    // As for the service's body links, a key in a link's text still cites the work.
    expect(citations('[see @betts2011c](https://x.org)')).toBe(1);
    expect(citations('bare @betts2011c [p. 3] and [@kohler2011]')).toBe(2);
  });

  it('decodes entities once and keeps the text as written', () => {
    const { root } = preview('Tom &amp; Jerry &lt;3 &#233;t&eacute;');
    expect(root.textContent).toBe('Tom & Jerry <3 été');
  });
});

describe('plainText and isLocalImage', () => {
  it('strips Markdown for excerpts', () => {
    expect(plainText('## Why\n\nRCPs *spread*; see [@betts2011c].\n\n- a\n- b')).toBe(
      'Why RCPs spread; see @betts2011c. a b',
    );
  });

  it('accepts only embedded raster images', () => {
    expect(isLocalImage('data:image/png;base64,AAAA')).toBe(true);
    expect(isLocalImage('https://example.org/a.png')).toBe(false);
    expect(isLocalImage('data:image/svg+xml;base64,AAAA')).toBe(false);
    expect(isLocalImage('file:///etc/passwd')).toBe(false);
  });
});
