// Exposes window.scholion: one function per contract method, and nothing else.
// Imports only the zod-free parts of the contract: a sandboxed preload cannot require packages.
import { contextBridge, ipcRenderer } from 'electron';
import { buildScholionApi } from '../shared/contract/client';
import { CONTRACT_ERROR_PREFIX, type ContractResult } from '../shared/contract/errors';
import { channelOf, methodNames } from '../shared/contract/methods';
import type { ScholionApi } from '../shared/contract';

const api: ScholionApi = buildScholionApi(
  methodNames,
  (method, input) =>
    ipcRenderer.invoke(channelOf(method), input) as Promise<ContractResult<unknown>>,
  CONTRACT_ERROR_PREFIX,
);

contextBridge.exposeInMainWorld('scholion', api);
