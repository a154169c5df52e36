/**
 * The IPC contract: one map of method -> input schema (zod) and one of method -> output type.
 * main binds every method to a service; preload exposes one function per method; the renderer's
 * api/ calls them. Every method returns a Promise of its output or throws a ScholionError.
 * Events go the other way, on one channel to the main window only: the native menu's commands
 * (menuCommands.ts, window.scholion.onMenuCommand), `dataChanged` after the library changed and
 * `addProgress` while a paper is added (events.ts, onDataChanged and onAddProgress).
 */
import type { z } from 'zod';
import { documentsInputs, type DocumentsOutputs } from './documents';
import { libraryInputs, type LibraryOutputs } from './library';
import { settingsInputs, type SettingsOutputs } from './settings';
import { notesInputs, type NotesOutputs } from './notes';
import { userClaimsInputs, type UserClaimsOutputs } from './userClaims';
import { listsInputs, type ListsOutputs } from './lists';
import { recoveryInputs, type RecoveryOutputs } from './recovery';
import { exportInputs, type ExportOutputs } from './export';
import { importInputs, type ImportOutputs } from './import';
import { searchInputs, type SearchOutputs } from './search';
import { worksInputs, type WorksOutputs } from './works';
import { workFilesInputs, type WorkFilesOutputs } from './workFiles';
import type { MethodName } from './methods';
import type { OnMenuCommand } from './menuCommands';
import type { OnAddProgress, OnDataChanged } from './events';

export * from './errors';
export * from './documents';
export * from './events';
export * from './library';
export * from './settings';
export * from './notes';
export * from './userClaims';
export * from './lists';
export * from './recovery';
export * from './export';
export * from './import';
export * from './search';
export * from './works';
export * from './workFiles';
export * from './methods';
export * from './client';
export * from './menuCommands';

/** Every method's input schema. Domain files (library, notes, lists, export, ...) merge here. */
export const contractInputs = {
  ...documentsInputs,
  ...libraryInputs,
  ...settingsInputs,
  ...notesInputs,
  ...userClaimsInputs,
  ...listsInputs,
  ...recoveryInputs,
  ...exportInputs,
  ...importInputs,
  ...searchInputs,
  ...worksInputs,
  ...workFilesInputs,
} as const;

export type ContractOutputs = DocumentsOutputs &
  LibraryOutputs &
  SettingsOutputs &
  NotesOutputs &
  UserClaimsOutputs &
  ListsOutputs &
  RecoveryOutputs &
  ExportOutputs &
  ImportOutputs &
  SearchOutputs &
  WorksOutputs &
  WorkFilesOutputs;

export type MethodInput<M extends MethodName> = z.input<(typeof contractInputs)[M]>;
/** The input after validation (defaults applied) — what handlers receive. */
export type ValidInput<M extends MethodName> = z.output<(typeof contractInputs)[M]>;
export type MethodOutput<M extends MethodName> = ContractOutputs[M];

/** One function per contract method: window.scholion without its event (see ScholionBridge). */
export type ScholionApi = {
  [M in MethodName]: (input: MethodInput<M>) => Promise<MethodOutput<M>>;
};

/**
 * window.scholion as the preload exposes it: the methods, plus the events — `onMenuCommand`
 * (the native menu's commands, names checked against menuCommands), `onDataChanged` (what
 * changed in the library, by collection and ids) and `onAddProgress`; each answers the function
 * that unsubscribes. Malformed messages are dropped.
 */
export type ScholionBridge = ScholionApi & {
  onMenuCommand: OnMenuCommand;
  onDataChanged: OnDataChanged;
  onAddProgress: OnAddProgress;
};

// Compile-time check: methods.ts, the schemas and the outputs name exactly the same methods.
type SameKeys<A, B> = [Exclude<A, B>, Exclude<B, A>] extends [never, never] ? true : never;
const _schemasMatchNames: SameKeys<keyof typeof contractInputs, MethodName> = true;
const _outputsMatchNames: SameKeys<keyof ContractOutputs, MethodName> = true;
void _schemasMatchNames;
void _outputsMatchNames;
