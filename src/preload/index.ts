import { contextBridge, ipcRenderer } from 'electron';
import { exposeBridge } from './bridge';

// Sandboxed preload: only 'electron' may be required here, and it is bundled to one CJS file.
exposeBridge(contextBridge, ipcRenderer);
