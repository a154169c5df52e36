// The small dialogs' forms share one class named for what it is (`dialog-form`, in dialogs.css)
// instead of borrowing the save-filter dialog's own `save-filter__form`.
import { describe, expect, it } from 'vitest';
import saveFilter from '../../src/renderer/features/bibliography/SaveFilterDialog.tsx?raw';
import bulkTag from '../../src/renderer/features/works/BulkTagDialog.tsx?raw';
import renameKey from '../../src/renderer/features/works/RenameKeyDialog.tsx?raw';

describe('the form of a small dialog', () => {
  it.each([
    ['SaveFilterDialog', saveFilter],
    ['BulkTagDialog', bulkTag],
    ['RenameKeyDialog', renameKey],
  ])('%s lays its form out with the shared dialog-form class', (_, tsx) => {
    expect(tsx).toContain('className="dialog-form"');
    expect(tsx).not.toContain('save-filter__form');
  });
});
