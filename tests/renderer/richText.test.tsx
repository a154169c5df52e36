// @vitest-environment jsdom
// CSL rich text in titles and formatted references: real italics and small caps, never markup
// shown as text and never injected; the export dialog says what classic BibTeX cannot carry.
import { describe, expect, it } from 'vitest';
import { render } from '@testing-library/react';
import { RichText, SafeHtml } from '../../src/renderer/ui/safeHtml';
import { FORMAT_LIMITS } from '../../src/renderer/features/export/labels';

describe('RichText', () => {
  it('shows <i> and small caps as elements, not as tags', () => {
    const { container } = render(
      <RichText text='Le <i>De Anima</i> post <span style="font-variant:small-caps;">mcxcviii</span>' />,
    );
    expect(container.textContent).toBe('Le De Anima post mcxcviii');
    expect(container.querySelector('i')?.textContent).toBe('De Anima');
    expect(container.querySelector('.small-caps')?.textContent).toBe('mcxcviii');
    expect(container.querySelector('[style]')).toBeNull();
  });

  it('never injects markup from user data', () => {
    const { container } = render(
      <RichText text='x<img src=x onerror="alert(1)"><script>y</script>' />,
    );
    expect(container.querySelector('img, script')).toBeNull();
    expect(container.textContent).toBe('x');
  });

  it('keeps roman inside an italic formatted title', () => {
    const { container } = render(
      <SafeHtml html='<i>Le <span style="font-style:normal;">De Anima</span></i>' />,
    );
    expect(container.querySelector('i .roman')?.textContent).toBe('De Anima');
  });
});

describe('export dialog', () => {
  it('names what classic BibTeX cannot carry, and nothing for BibLaTeX', () => {
    expect(FORMAT_LIMITS.bibtex).toMatch(/date ranges become year ranges/);
    expect(FORMAT_LIMITS.biblatex).toBeNull();
  });
});
