// Every manuscript form of a citation, for the picker to show what each one gives.
import { useEffect, useState } from 'react';
import type { CitationForm, StyleId } from '../../../shared/contract';
import { useApiContext } from '../../api/ApiProvider';
import { errorMessage } from '../../api/scholion';
import type { CiteRequest } from './requests';

export const CITATION_FORMS: readonly CitationForm[] = [
  'pandoc',
  'latex-parencite',
  'latex-citep',
  'in-text',
];

export type FormTexts = Partial<Record<CitationForm, { text: string } | { error: string }>>;

/** The citation in each form (the in-text one in `style`), refreshed when the input changes. */
export function useCitationForms(cites: readonly CiteRequest[], style: StyleId): FormTexts {
  const { api } = useApiContext();
  const key = JSON.stringify({ cites, style });
  const [texts, setTexts] = useState<FormTexts>({});
  useEffect(() => {
    let current = true;
    const input = JSON.parse(key) as { cites: CiteRequest[]; style: StyleId };
    const clean = input.cites.map((c) => ({
      key: c.key,
      ...(c.locator?.trim() ? { locator: c.locator.trim() } : {}),
    }));
    void Promise.all(
      CITATION_FORMS.map((form) =>
        api.formatCitation({ cites: clean, form, style: input.style }).then(
          (r) => [form, { text: r.text }] as const,
          (error: unknown) => [form, { error: errorMessage(error) }] as const,
        ),
      ),
    ).then((entries) => current && setTexts(Object.fromEntries(entries)));
    return () => {
      current = false;
    };
  }, [api, key]);
  return texts;
}
