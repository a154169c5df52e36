// The prompt "Add paper…" opens when the file picker cannot open by itself (from the native menu).
import { Modal } from '../../ui/Modal';
import { AddPaperButton } from './AddPaperButton';

export function AddPaperPrompt({ onClose }: { onClose: () => void }) {
  return (
    <Modal title="Add a paper" onClose={onClose} className="import-dialog">
      <p>
        Choose a paper as a PDF, Markdown (.md) or plain text (.txt), or drop one on the window.
        Scholion reads its citations and reference list and links each reference to a work of your
        library; the file itself is copied into the library, never changed.
      </p>
      <footer className="export-dialog__footer">
        <button type="button" className="button" onClick={onClose}>
          Cancel
        </button>
        <AddPaperButton className="button button--primary" autoFocus onChosen={onClose}>
          Choose file…
        </AddPaperButton>
      </footer>
    </Modal>
  );
}
