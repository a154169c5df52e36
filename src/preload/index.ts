// Exposes window.scholion: one function per contract method, plus the events (onMenuCommand,
// onDataChanged, onAddProgress), and nothing else.
// Imports only the zod-free parts of the contract: a sandboxed preload cannot require packages.
import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import { buildScholionApi } from '../shared/contract/client';
import { CONTRACT_ERROR_PREFIX, type ContractResult } from '../shared/contract/errors';
import { buildOnMenuCommand, MENU_CHANNEL, menuCommands } from '../shared/contract/menuCommands';
import { buildOnAppEvents, dataCollections } from '../shared/contract/events';
import { channelOf, methodNames } from '../shared/contract/methods';
import type { ScholionBridge } from '../shared/contract';

const methods = buildScholionApi(
  methodNames,
  (method, input) =>
    ipcRenderer.invoke(channelOf(method), input) as Promise<ContractResult<unknown>>,
  CONTRACT_ERROR_PREFIX,
);

// The page gets the command name only, never the IPC event (it would reach ipcRenderer).
const onMenuCommand = buildOnMenuCommand(menuCommands, (deliver) => {
  const handler = (_event: IpcRendererEvent, name: unknown) => deliver(name);
  ipcRenderer.on(MENU_CHANNEL, handler);
  return () => void ipcRenderer.removeListener(MENU_CHANNEL, handler);
});

// Data events come on the same channel; only checked messages reach the page.
const { onDataChanged, onAddProgress } = buildOnAppEvents(dataCollections, (deliver) => {
  const handler = (_event: IpcRendererEvent, message: unknown) => deliver(message);
  ipcRenderer.on(MENU_CHANNEL, handler);
  return () => void ipcRenderer.removeListener(MENU_CHANNEL, handler);
});

const api: ScholionBridge = Object.freeze({
  ...methods,
  onMenuCommand,
  onDataChanged,
  onAddProgress,
});

contextBridge.exposeInMainWorld('scholion', api);
