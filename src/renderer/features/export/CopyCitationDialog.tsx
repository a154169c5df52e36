// "Copy citation": the citation in the user's manuscript form (pandoc, biblatex, natbib, or the
// style's in-text form), each shown as it will be pasted; the choice is remembered. Also copies
// the formatted bibliography entry.
import { useId, useState } from 'react';
import type { CitationForm, StyleId } from '../../../shared/contract';
import { useApiContext } from '../../api/ApiProvider';
import { errorMessage } from '../../api/scholion';
import { useUserDataActions } from '../../api/userData';
import { Modal } from '../../ui/Modal';
import { copyRich, copyText } from './clipboard';
import { CITATION_FORM_LABELS, STYLE_LABELS } from './labels';
import { savePreferences, useExportPreferences } from './preferences';
import type { CiteRequest } from './requests';
import { CITATION_FORMS, useCitationForms } from './useCitationForms';

interface Props {
  cites: CiteRequest[];
  what: string;
  onClose: () => void;
}

export function CopyCitationDialog({ cites: initial, what, onClose }: Props) {
  const { api } = useApiContext();
  const { toasts } = useUserDataActions();
  const prefs = useExportPreferences();
  const [form, setForm] = useState<CitationForm>(prefs.citationForm);
  const [style, setStyle] = useState<StyleId>(prefs.citationStyle);
  const [cites, setCites] = useState(initial);
  const [status, setStatus] = useState('');
  const ids = useId();
  const texts = useCitationForms(cites, style);
  const chosen = texts[form];

  const copyCitation = async () => {
    if (!chosen || !('text' in chosen)) return;
    savePreferences({ citationForm: form, citationStyle: style });
    if (await copyText(chosen.text)) {
      onClose();
      toasts.show(`Copied ${chosen.text}`);
    } else setStatus('Could not copy: select the citation above and copy it.');
  };

  const copyEntry = async () => {
    savePreferences({ citationStyle: style });
    try {
      const keys = [...new Set(cites.map((c) => c.key))];
      const { clipboard } = await api.previewExport({
        target: keys.length === 1 ? { kind: 'work', key: keys[0]! } : { kind: 'selection', keys },
        format: 'bibliography',
        style,
        output: 'html',
        forClipboard: true,
      });
      if (clipboard && (await copyRich(clipboard))) {
        onClose();
        toasts.show(
          `Copied the bibliography ${keys.length === 1 ? 'entry' : 'entries'} (${STYLE_LABELS[style]}).`,
        );
      } else setStatus('Could not copy the bibliography entry.');
    } catch (error) {
      setStatus(errorMessage(error));
    }
  };

  return (
    <Modal title={`Copy a citation of ${what}`} onClose={onClose} className="cite-dialog">
      <form
        className="cite-dialog__form"
        onSubmit={(event) => {
          event.preventDefault();
          void copyCitation();
        }}
      >
        <div className="cite-dialog__locators">
          {cites.map((cite, i) => (
            <div key={`${cite.key}-${i}`} className="field">
              <label className="field__label" htmlFor={`${ids}-locator-${i}`}>
                {cites.length === 1 ? 'Page or other locator' : `Locator for ${cite.key}`}
              </label>
              <input
                id={`${ids}-locator-${i}`}
                className="filter__input"
                value={cite.locator ?? ''}
                maxLength={100}
                placeholder="e.g. 41, 41–45, ch. 3"
                onChange={(event) =>
                  setCites(
                    cites.map((c, j) => (j === i ? { ...c, locator: event.target.value } : c)),
                  )
                }
              />
            </div>
          ))}
          <div className="field">
            <label className="field__label" htmlFor={`${ids}-style`}>
              Style (in-text form and bibliography entry)
            </label>
            <select
              id={`${ids}-style`}
              value={style}
              onChange={(event) => setStyle(event.target.value as StyleId)}
            >
              {Object.entries(STYLE_LABELS).map(([id, label]) => (
                <option key={id} value={id}>
                  {label}
                </option>
              ))}
            </select>
          </div>
        </div>
        <fieldset className="cite-forms">
          <legend className="field__label">Form</legend>
          {CITATION_FORMS.map((id) => {
            const text = texts[id];
            return (
              <label key={id} className="cite-form">
                <input
                  type="radio"
                  name="citation-form"
                  value={id}
                  checked={form === id}
                  data-autofocus={form === id ? true : undefined}
                  onChange={() => setForm(id)}
                />
                <span className="cite-form__label">{CITATION_FORM_LABELS[id]}</span>
                <code className="cite-form__text">
                  {!text ? '…' : 'text' in text ? text.text : text.error}
                </code>
              </label>
            );
          })}
        </fieldset>
        <footer className="export-dialog__footer">
          <p className="export-dialog__status" role="status">
            {status}
          </p>
          <button type="button" className="button" onClick={() => void copyEntry()}>
            Copy bibliography entry
          </button>
          <button
            type="submit"
            className="button button--primary"
            disabled={!chosen || !('text' in chosen)}
          >
            Copy citation
          </button>
        </footer>
      </form>
    </Modal>
  );
}
