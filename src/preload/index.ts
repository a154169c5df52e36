// Exposes window.scholion: one function per contract method.
import { contextBridge } from 'electron';

contextBridge.exposeInMainWorld('scholion', {});
