// @vitest-environment jsdom
// The field rows shared by the work editor and New work: the type with its BibTeX names, the
// type's fields, fields kept from another type, fields added empty (editor only), edit marks.
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { useState } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { WORK_FIELDS } from '../../src/core/works/fields';
import { WORK_TYPES } from '../../src/core/works/types';
import type { EditorState } from '../../src/renderer/features/works/editor/editorState';
import { WorkFieldRows } from '../../src/renderer/features/works/editor/WorkFieldRows';

afterEach(cleanup);

function Rows(props: { initial: EditorState; showAdded?: boolean; edited?: string[] }) {
  const [state, setState] = useState(props.initial);
  return (
    <WorkFieldRows
      types={WORK_TYPES}
      fields={WORK_FIELDS}
      state={state}
      onChange={setState}
      problems={{}}
      notes={{}}
      showAdded={props.showAdded}
      badge={(f) => (props.edited?.includes(f) ? <span>edited by you</span> : null)}
    />
  );
}

const article: EditorState = {
  type: 'article-journal',
  texts: { title: 'Global Migration Governance', 'container-title': 'Global Governance' },
  names: { author: [{ family: 'Betts', given: 'Alexander' }] },
  bib: {},
};

describe('WorkFieldRows', () => {
  it('shows the type with its BibTeX names and the fields it uses, in order', () => {
    render(<Rows initial={article} />);
    const type = screen.getByRole('combobox', { name: /^Type/ });
    expect((type as HTMLSelectElement).value).toBe('article-journal');
    expect(screen.getByText('BibTeX @article · BibLaTeX @article')).toBeTruthy();
    expect((screen.getByRole('textbox', { name: /^Title/ }) as HTMLInputElement).value).toBe(
      'Global Migration Governance',
    );
    expect(screen.getByRole('textbox', { name: /^Published in/ })).toBeTruthy();
    expect(screen.queryByRole('group', { name: 'Fields kept from another type' })).toBeNull();
  });

  it('keeps a filled field the new type does not use, apart, and drops it from view when empty', () => {
    render(<Rows initial={article} />);
    fireEvent.change(screen.getByRole('combobox', { name: /^Type/ }), {
      target: { value: 'book' },
    });
    expect(screen.getByText('BibTeX @book · BibLaTeX @book')).toBeTruthy();
    const kept = screen.getByRole('group', { name: 'Fields kept from another type' });
    expect(kept.textContent).toContain('Kept: a book does not use these fields.');
    const journal = within(kept).getByRole('textbox', { name: /^Published in/ });
    expect((journal as HTMLInputElement).value).toBe('Global Governance');
    fireEvent.change(journal, { target: { value: '' } });
    expect(screen.queryByRole('group', { name: 'Fields kept from another type' })).toBeNull();
    expect(screen.queryByRole('textbox', { name: /^Published in/ })).toBeNull();
  });

  it('shows a field added empty only where fields can be added (the editor)', () => {
    const added = { ...article, texts: { ...article.texts, publisher: '' } };
    render(<Rows initial={added} />);
    expect(screen.queryByRole('textbox', { name: /^Publisher/ })).toBeNull();
    cleanup();
    render(<Rows initial={added} showAdded />);
    expect(screen.getByRole('textbox', { name: /^Publisher/ })).toBeTruthy();
  });

  it('marks the type and fields the user edited, and keeps a type the table does not list', () => {
    render(<Rows initial={{ ...article, type: 'musical_score' }} edited={['type', 'title']} />);
    const type = screen.getByRole('combobox', { name: /^Type/ }) as HTMLSelectElement;
    expect(type.value).toBe('musical_score');
    expect(screen.getByText(/^Type/).textContent).toContain('edited by you');
    expect(screen.getAllByText('edited by you')).toHaveLength(2);
  });
});
