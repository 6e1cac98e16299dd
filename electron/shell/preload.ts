import { contextBridge, ipcRenderer } from 'electron';
import { IPC_EVENT_CHANNEL, IPC_INVOKE_CHANNEL, type BanxinBridge } from '../../shared/api/bridge';
import type { Envelope } from '../../shared/api/envelope';

// The renderer gets exactly these two functions; it never sees ipcRenderer itself.
const bridge = {
  invoke: (method: string, params: unknown): Promise<Envelope> => ipcRenderer.invoke(IPC_INVOKE_CHANNEL, method, params) as Promise<Envelope>,
  onEvent: (listener: (event: string, payload: unknown) => void): (() => void) => {
    const wrapped = (_e: unknown, event: string, payload: unknown): void => listener(event, payload);
    ipcRenderer.on(IPC_EVENT_CHANNEL, wrapped);
    return () => ipcRenderer.removeListener(IPC_EVENT_CHANNEL, wrapped);
  },
} satisfies BanxinBridge;

contextBridge.exposeInMainWorld('banxin', bridge);
