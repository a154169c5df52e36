// The prompt "Import…" opens when the file picker cannot open by itself (from the native menu).
import { Modal } from '../../ui/Modal';
import { ImportButton } from './ImportButton';

export function ImportPrompt({ onClose }: { onClose: () => void }) {
  return (
    <Modal title="Import a bibliography" onClose={onClose} className="import-dialog">
      <p>
        Choose a BibTeX or BibLaTeX (.bib), RIS (.ris) or CSL-JSON (.json) file, or drop one on the
        window. You review the entries before anything is added.
      </p>
      <footer className="export-dialog__footer">
        <button type="button" className="button" onClick={onClose}>
          Cancel
        </button>
        <ImportButton className="button button--primary" autoFocus>
          Choose file…
        </ImportButton>
      </footer>
    </Modal>
  );
}
