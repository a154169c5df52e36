/**
 * The native dialogs handlers need, behind a small interface: main binds it to Electron's
 * dialog module (electronDialogs.ts); the e2e harness and tests pass a fake.
 */
import { ServiceError } from '../services/errors';

export interface SaveDialogRequest {
  title: string;
  /** The suggested file name, e.g. "Partnerships.bib". */
  defaultName: string;
  filters: { name: string; extensions: string[] }[];
  buttonLabel?: string;
}

export interface OpenDialogRequest {
  title: string;
  filters: { name: string; extensions: string[] }[];
  buttonLabel?: string;
}

export interface Dialogs {
  /** Asks where to save a file; answers the chosen absolute path, or null when cancelled. */
  chooseSavePath(request: SaveDialogRequest): Promise<string | null>;
  /**
   * Asks for a file to open; answers its absolute path, or null when cancelled. Absent where
   * there is no window (the harness's default): opening then answers 'no-dialog'.
   */
  chooseOpenPath?(request: OpenDialogRequest): Promise<string | null>;
}

/** Dialogs for a Scholion without a window (a headless run): saying so is all they can do. */
export const noDialogs: Dialogs = {
  chooseSavePath: () =>
    Promise.reject(
      new ServiceError(
        'no-dialog',
        'Saving to a file needs the Scholion window; use the CLI export.',
      ),
    ),
};
