// Reading a file the user opened or dropped and asking main what importing it would do.
import { useCallback } from 'react';
import { useApiContext } from '../../api/ApiProvider';
import { errorMessage } from '../../api/scholion';
import { useUserDataActions } from '../../api/userData';
import { useOpenExchange } from '../export/requests';
import { bibliographyFileText } from '../../../core/formats/fileText';

/** The file types Scholion imports, for file inputs. */
export const IMPORT_ACCEPT = '.bib,.bibtex,.biblatex,.ris,.json,.txt';

const KNOWN = /\.(bib|bibtex|biblatex|ris|json|txt)$/i;
const MAX_BYTES = 100 * 1024 * 1024;

/**
 * Returns a function that reads a file, plans its import (nothing is written) and opens the
 * review; problems (a PDF, an unreadable file) are shown as a toast.
 */
export function useImportFile(): (file: File) => Promise<void> {
  const { api } = useApiContext();
  const { toasts } = useUserDataActions();
  const open = useOpenExchange();
  return useCallback(
    async (file: File) => {
      if (!KNOWN.test(file.name)) {
        toasts.show(
          `Scholion imports .bib (BibTeX, BibLaTeX), .ris and CSL-JSON (.json) files; “${file.name}” is none of these.`,
          { tone: 'error' },
        );
        return;
      }
      if (file.size > MAX_BYTES) {
        toasts.show(`“${file.name}” is larger than 100 MB; split it into smaller files.`, {
          tone: 'error',
        });
        return;
      }
      try {
        // Decoded here as the CLI decodes files: UTF-16 with a BOM read, binary files named.
        const read = bibliographyFileText(new Uint8Array(await file.arrayBuffer()));
        if (!read.ok) {
          toasts.show(`Could not import “${file.name}”: ${read.message}.`, { tone: 'error' });
          return;
        }
        if (read.warning) toasts.show(`“${file.name}”: ${read.warning}.`);
        const plan = await api.planImport({ text: read.text, fileName: file.name });
        open({ kind: 'import', plan });
      } catch (error) {
        toasts.show(`Could not read “${file.name}”: ${errorMessage(error)}`, { tone: 'error' });
      }
    },
    [api, toasts, open],
  );
}
