import { contextBridge, ipcRenderer } from 'electron';
import { DESK_CHANNELS, type DeskBridge } from '../../shared/api/desk-bridge';

// The chooser page gets exactly these four calls; it never sees ipcRenderer itself. The main
// process checks the sender and validates every message (electron/desk/desk-ipc.ts).
const bridge = {
  state: () => ipcRenderer.invoke(DESK_CHANNELS.state, {}),
  probe: (address: string) => ipcRenderer.invoke(DESK_CHANNELS.probe, { address }),
  trust: (address: string, fingerprint: string) => ipcRenderer.invoke(DESK_CHANNELS.trust, { address, fingerprint }),
  useLocal: () => ipcRenderer.invoke(DESK_CHANNELS.useLocal, {}),
} satisfies DeskBridge;

contextBridge.exposeInMainWorld('banxinDesk', bridge);
