/**
 * The IPC contract: one map of method -> input schema (zod) and one of method -> output type.
 * main binds every method to a service; preload exposes one function per method; the renderer's
 * api/ calls them. Every method returns a Promise of its output or throws a ScholionError.
 * The contract has one event, the other way: the native menu's commands (menuCommands.ts), which
 * main sends to the main window only and the preload offers as window.scholion.onMenuCommand.
 */
import type { z } from 'zod';
import { libraryInputs, type LibraryOutputs } from './library';
import { settingsInputs, type SettingsOutputs } from './settings';
import { notesInputs, type NotesOutputs } from './notes';
import { userClaimsInputs, type UserClaimsOutputs } from './userClaims';
import { listsInputs, type ListsOutputs } from './lists';
import { recoveryInputs, type RecoveryOutputs } from './recovery';
import { exportInputs, type ExportOutputs } from './export';
import { importInputs, type ImportOutputs } from './import';
import { searchInputs, type SearchOutputs } from './search';
import type { MethodName } from './methods';
import type { OnMenuCommand } from './menuCommands';

export * from './errors';
export * from './library';
export * from './settings';
export * from './notes';
export * from './userClaims';
export * from './lists';
export * from './recovery';
export * from './export';
export * from './import';
export * from './search';
export * from './methods';
export * from './client';
export * from './menuCommands';

/** Every method's input schema. Domain files (library, notes, lists, export, ...) merge here. */
export const contractInputs = {
  ...libraryInputs,
  ...settingsInputs,
  ...notesInputs,
  ...userClaimsInputs,
  ...listsInputs,
  ...recoveryInputs,
  ...exportInputs,
  ...importInputs,
  ...searchInputs,
} as const;

export type ContractOutputs = LibraryOutputs &
  SettingsOutputs &
  NotesOutputs &
  UserClaimsOutputs &
  ListsOutputs &
  RecoveryOutputs &
  ExportOutputs &
  ImportOutputs &
  SearchOutputs;

export type MethodInput<M extends MethodName> = z.input<(typeof contractInputs)[M]>;
/** The input after validation (defaults applied) — what handlers receive. */
export type ValidInput<M extends MethodName> = z.output<(typeof contractInputs)[M]>;
export type MethodOutput<M extends MethodName> = ContractOutputs[M];

/** One function per contract method: window.scholion without its event (see ScholionBridge). */
export type ScholionApi = {
  [M in MethodName]: (input: MethodInput<M>) => Promise<MethodOutput<M>>;
};

/**
 * window.scholion as the preload exposes it: the methods, plus `onMenuCommand`, the contract's
 * only event — subscribe to the native menu's commands (names checked against menuCommands,
 * unknown ones dropped); answers the function that unsubscribes.
 */
export type ScholionBridge = ScholionApi & { onMenuCommand: OnMenuCommand };

// Compile-time check: methods.ts, the schemas and the outputs name exactly the same methods.
type SameKeys<A, B> = [Exclude<A, B>, Exclude<B, A>] extends [never, never] ? true : never;
const _schemasMatchNames: SameKeys<keyof typeof contractInputs, MethodName> = true;
const _outputsMatchNames: SameKeys<keyof ContractOutputs, MethodName> = true;
void _schemasMatchNames;
void _outputsMatchNames;
