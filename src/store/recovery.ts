/**
 * What the store did to keep the user's data usable (a damaged file set aside and restored from a
 * backup, a change that could not be replayed). Events are kept in `recovery-log.json`, so the app
 * can tell the user even when a CLI run did the recovery, until the user acknowledges them.
 */
import { z } from 'zod';
import type { FileSpec } from './fileSpec';

export type RecoveryKind = 'restored-from-backup' | 'reset-to-empty' | 'change-dropped';

export interface RecoveryEvent {
  id: string;
  kind: RecoveryKind;
  /** The data file concerned, relative to the data folder. */
  file: string;
  /** ISO time. */
  at: string;
  /** What was wrong, e.g. "not valid JSON (Unexpected end of JSON input)". */
  reason: string;
  /** Where the damaged file was moved, relative to the data folder. */
  movedTo: string | null;
  /** The backup the file was restored from, or null. */
  restoredFrom: string | null;
  /** One sentence for the user. */
  message: string;
  acknowledged: boolean;
}

export const RECOVERY_LOG_FILE = 'recovery-log.json';
const KEEP_EVENTS = 100;

const eventSchema = z.object({
  id: z.string(),
  kind: z.enum(['restored-from-backup', 'reset-to-empty', 'change-dropped']),
  file: z.string(),
  at: z.string(),
  reason: z.string(),
  movedTo: z.string().nullable(),
  restoredFrom: z.string().nullable(),
  message: z.string(),
  acknowledged: z.boolean(),
});

const logSchema = z.object({
  schemaVersion: z.literal(1),
  kind: z.literal('recovery-log'),
  events: z.array(eventSchema),
});

export type RecoveryLog = z.infer<typeof logSchema>;

export const recoveryLogSpec: FileSpec<RecoveryLog> = {
  kind: 'recovery-log',
  schemaVersion: 1,
  empty: () => ({ schemaVersion: 1, kind: 'recovery-log', events: [] }),
  migrations: {},
  validate: (data) => logSchema.parse(data),
  pretty: true,
};

/** Appends an event, keeping the newest `KEEP_EVENTS`. */
export function appendEvent(log: RecoveryLog, event: RecoveryEvent): void {
  log.events.push(event);
  if (log.events.length > KEEP_EVENTS) log.events.splice(0, log.events.length - KEEP_EVENTS);
}

/** The sentence shown to the user for a recovery. */
export function describeRecovery(
  kind: RecoveryKind,
  file: string,
  movedTo: string | null,
  restoredFrom: string | null,
): string {
  switch (kind) {
    case 'restored-from-backup':
      return `${file} was damaged. It was set aside as ${movedTo ?? '(not moved)'} and restored from the backup ${restoredFrom ?? ''}; changes made after that backup may be missing.`;
    case 'reset-to-empty':
      return `${file} was damaged and no usable backup was found. It was set aside as ${movedTo ?? '(not moved)'} and an empty file was started; the damaged file is kept for recovery by hand.`;
    case 'change-dropped':
      return `A change to ${file} could not be saved because the data changed in another window or process; reapply it if you still need it.`;
  }
}
