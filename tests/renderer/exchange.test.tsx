// @vitest-environment jsdom
// Export and import helpers of the renderer: the cites copied for a citation, a claim or a
// selected passage; remembered choices; provenance sentences; the import review's gate.
import { BUNDLED_DOCUMENT_ID } from '../../src/core/documents';
import { describe, expect, it, beforeEach } from 'vitest';
import { act, fireEvent, render, screen } from '@testing-library/react';
import { buildPaperIndex } from '../../src/renderer/api/paperIndex';
import { citeOf, citesInRange, citesOfClaim } from '../../src/renderer/features/export/cites';
import {
  DEFAULT_PREFERENCES,
  savePreferences,
} from '../../src/renderer/features/export/preferences';
import { describeProvenance } from '../../src/renderer/features/import/provenance';
import { ImportReview } from '../../src/renderer/features/import/ImportReview';
import { ApiProvider } from '../../src/renderer/api/ApiProvider';
import { NavigationProvider } from '../../src/renderer/app/navigation';
import type { ImportPlanView } from '../../src/shared/contract';
import { createFakeApi } from './fakeApi';

describe('cites to copy', () => {
  it('takes the work and locator of a citation, a claim and a passage', async () => {
    const index = buildPaperIndex(
      await createFakeApi().getDocument({ documentId: BUNDLED_DOCUMENT_ID }),
    );
    const betts = index.paper.citations.find((c) => c.raw === 'Betts 2011c: 41')!;
    expect(citeOf(betts)).toEqual({ key: 'betts2011c', locator: '41' });
    const claim = index.claimById.get(betts.claimId!)!;
    expect(citesOfClaim(index, claim.id)).toContainEqual({ key: 'betts2011c', locator: '41' });
    expect(citesInRange(index, betts.start - 5, betts.end)).toEqual([
      { key: 'betts2011c', locator: '41' },
    ]);
    expect(citesInRange(index, 0, 10)).toEqual([]);
  });
});

describe('remembered choices', () => {
  beforeEach(() => localStorage.clear());

  it('keeps valid choices in local storage and ignores others', () => {
    savePreferences({ citationForm: 'latex-citep', style: 'mla' });
    expect(JSON.parse(localStorage.getItem('scholion.exportPreferences')!)).toMatchObject({
      citationForm: 'latex-citep',
      style: 'mla',
      format: DEFAULT_PREFERENCES.format,
    });
  });
});

describe('provenance', () => {
  it('says where a record came from', () => {
    expect(describeProvenance({ kind: 'bundled' })).toBe('This record ships with Scholion.');
    expect(describeProvenance({ kind: 'imported', file: 'refs.bib' })).toBe(
      'You imported this record from refs.bib.',
    );
    expect(describeProvenance({ kind: 'user' })).toBe('You entered this record.');
  });
});

const PLAN: ImportPlanView = {
  planId: 'imp-1',
  fileName: 'refs.bib',
  format: 'bibtex',
  counts: { readable: 2, new: 1, duplicates: 1, unreadable: 1 },
  items: [
    {
      index: 0,
      line: 1,
      entryKey: 'roe2020',
      key: 'roe2020',
      keyTakenBy: null,
      label: 'Roe 2020',
      title: 'A New Book',
      type: 'book',
      status: 'new',
      duplicate: null,
      warnings: [],
    },
    {
      index: 1,
      line: 5,
      entryKey: 'betts2011',
      key: 'betts2011',
      keyTakenBy: null,
      label: 'Betts 2011',
      title: 'The Global Governance of Migration',
      type: 'chapter',
      status: 'duplicate',
      duplicate: {
        key: 'betts2011c',
        label: 'Betts 2011c',
        title: 'The Global Governance of Migration',
        reason: 'doi',
        reasonText: 'same DOI',
        fields: [
          {
            name: 'title',
            library: 'The Global Governance of Migration',
            file: 'The Global Governance of Migration',
          },
          { name: 'publisher', library: 'Oxford University Press', file: 'OUP' },
          { name: 'page', library: '', file: '1-20' },
        ],
      },
      warnings: [],
    },
  ],
  errors: [{ line: 9, key: 'bad', message: 'line 9: entry `bad`: missing closing brace' }],
};

describe('the import review', () => {
  it('imports nothing until partial import is chosen, then sends the decisions', async () => {
    const calls: unknown[] = [];
    const api = createFakeApi({
      applyImport: async (input) => {
        calls.push(input);
        return {
          added: ['roe2020', 'betts2011'],
          merged: [],
          skipped: [],
          leftOut: PLAN.errors,
          excluded: [],
        };
      },
    });
    render(
      <ApiProvider api={api}>
        <NavigationProvider>
          <ImportReview plan={PLAN} onClose={() => undefined} />
        </NavigationProvider>
      </ApiProvider>,
    );
    expect(screen.getByText(/matches/).textContent).toContain('Betts 2011c');
    const apply = screen.getByRole('button', { name: 'Add 1 work' });
    expect((apply as HTMLButtonElement).disabled).toBe(true);
    fireEvent.click(screen.getByRole('radio', { name: 'Keep both' }));
    fireEvent.click(screen.getByLabelText(/Import the readable entries only/));
    const addBoth = screen.getByRole('button', { name: 'Add 2 works' });
    expect((addBoth as HTMLButtonElement).disabled).toBe(false);
    await act(async () => fireEvent.click(addBoth));
    expect(calls).toEqual([
      {
        planId: 'imp-1',
        decisions: { perItem: { 1: 'keep-both' }, otherwise: 'skip', exclude: [], fields: {} },
        allowPartial: true,
      },
    ]);
    await screen.findByText(/Left out 1 unreadable entry/);
  });

  it('leaves out an unticked entry and sends the field chosen for a merge', async () => {
    const calls: unknown[] = [];
    const api = createFakeApi({
      applyImport: async (input) => {
        calls.push(input);
        return { added: [], merged: ['betts2011c'], skipped: [], leftOut: [], excluded: [1] };
      },
    });
    render(
      <ApiProvider api={api}>
        <NavigationProvider>
          <ImportReview plan={{ ...PLAN, errors: [] }} onClose={() => undefined} />
        </NavigationProvider>
      </ApiProvider>,
    );
    screen.getByRole('button', { name: 'Add 1 work' });
    const include = screen.getByRole('checkbox', { name: 'Import Roe 2020 (line 1)' });
    fireEvent.click(include);
    screen.getByText(/1 new, 1 already in your library\. 1 left out by you\./);
    expect(
      (screen.getByRole('button', { name: 'Nothing to import' }) as HTMLButtonElement).disabled,
    ).toBe(true);
    // No field view until the duplicate is merged.
    expect(screen.queryByRole('table')).toBeNull();
    fireEvent.click(screen.getByRole('radio', { name: 'Merge' }));
    const table = screen.getByRole('table');
    expect(table.textContent).toContain('2 fields differ');
    expect(screen.getByText('publisher').closest('tr')!.textContent).toContain('differs');
    expect(screen.getByText('title').closest('tr')!.textContent).not.toContain('differs');
    // Defaults: the library's value where it has one, else the file's.
    expect(
      (screen.getByRole('radio', { name: 'Keep the library’s publisher' }) as HTMLInputElement)
        .checked,
    ).toBe(true);
    expect(
      (screen.getByRole('radio', { name: 'Keep the file’s page' }) as HTMLInputElement).checked,
    ).toBe(true);
    fireEvent.click(screen.getByRole('radio', { name: 'Keep the file’s publisher' }));
    await act(async () => fireEvent.click(screen.getByRole('button', { name: 'Merge 1' })));
    expect(calls).toEqual([
      {
        planId: 'imp-1',
        decisions: {
          perItem: { 1: 'merge' },
          otherwise: 'skip',
          exclude: [0],
          fields: { 1: { publisher: 'file' } },
        },
        allowPartial: false,
      },
    ]);
  });
});
