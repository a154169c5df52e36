/** Contract of the data folder's health: recoveries the store made and failed background saves. */
import { z } from 'zod';

/** What the store did to keep the data usable (mirrors the store's RecoveryEvent). */
export interface RecoveryEventView {
  id: string;
  kind: 'restored-from-backup' | 'reset-to-empty' | 'change-dropped';
  /** The data file concerned, relative to the data folder. */
  file: string;
  /** ISO time. */
  at: string;
  reason: string;
  movedTo: string | null;
  restoredFrom: string | null;
  /** One sentence for the user. */
  message: string;
  acknowledged: boolean;
}

/** A save that failed after the call that made the change had answered (autosave). */
export interface WriteErrorView {
  id: string;
  at: string;
  message: string;
}

export interface DataHealth {
  /** The data folder, for messages. */
  location: string;
  /** Recoveries not yet acknowledged, oldest first. */
  recoveries: RecoveryEventView[];
  /** Background save failures not yet acknowledged. */
  writeErrors: WriteErrorView[];
}

/** Method name -> input schema. Outputs are typed in RecoveryOutputs. */
export const recoveryInputs = {
  getDataHealth: z.object({}).strict(),
  /** Marks recoveries and write errors as seen. */
  acknowledgeDataHealth: z.object({ ids: z.array(z.string().min(1).max(100)).max(1000) }).strict(),
} as const;

export interface RecoveryOutputs {
  getDataHealth: DataHealth;
  acknowledgeDataHealth: DataHealth;
}
