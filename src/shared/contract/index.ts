/**
 * The IPC contract: one map of method -> input schema (zod) and one of method -> output type.
 * main binds every method to a service; preload exposes one function per method; the renderer's
 * api/ calls them. Every method returns a Promise of its output or throws a ScholionError.
 */
import type { z } from 'zod';
import { libraryInputs, type LibraryOutputs } from './library';

export * from './errors';
export * from './library';

/** Every method's input schema. Domain files (library, notes, lists, export, ...) merge here. */
export const contractInputs = {
  ...libraryInputs,
} as const;

export type ContractOutputs = LibraryOutputs;

export type MethodName = keyof typeof contractInputs & keyof ContractOutputs;
export type MethodInput<M extends MethodName> = z.input<(typeof contractInputs)[M]>;
export type MethodOutput<M extends MethodName> = ContractOutputs[M];

/** The object the preload exposes as window.scholion. */
export type ScholionApi = {
  [M in MethodName]: (input: MethodInput<M>) => Promise<MethodOutput<M>>;
};

/** Method names, in a fixed order (what preload exposes and main binds). */
export const methodNames = Object.keys(contractInputs) as MethodName[];

/** The IPC channel of a method. */
export const channelOf = (method: MethodName): string => `scholion:${method}`;
