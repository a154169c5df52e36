// The small dialogs' forms share one class named for what it is (`dialog-form`, in dialogs.css)
// instead of borrowing the save-filter dialog's own `save-filter__form`.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const source = (path: string) =>
  readFileSync(new URL(`../../src/renderer/${path}`, import.meta.url), 'utf8');

describe('the form of a small dialog', () => {
  it.each([
    'features/bibliography/SaveFilterDialog.tsx',
    'features/works/BulkTagDialog.tsx',
    'features/works/RenameKeyDialog.tsx',
  ])('%s lays its form out with the shared dialog-form class', (path) => {
    const tsx = source(path);
    expect(tsx).toContain('className="dialog-form"');
    expect(tsx).not.toContain('save-filter__form');
  });

  it('is styled once, with the dialogs', () => {
    expect(source('styles/dialogs.css')).toMatch(/^\.dialog-form \{/m);
    expect(source('styles/works.css')).not.toContain('save-filter__form');
  });
});
