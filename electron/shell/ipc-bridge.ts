import type { IpcMain, IpcMainInvokeEvent, WebContents } from 'electron';
import { IPC_EVENT_CHANNEL, IPC_INVOKE_CHANNEL } from '../../shared/api/bridge';
import { apiError } from '../../shared/api/errors';
import type { Envelope } from '../../shared/api/envelope';
import type { Core, CoreSession } from '../core/create-core';
import { isTrustedSender } from './security';

/**
 * The IPC transport: one invoke channel, one event channel. Each call's sender frame is checked
 * before anything else; each window gets its own core session (its own acting user).
 */
export function registerIpcBridge(ipcMain: IpcMain, core: Core, windows: () => WebContents[]): () => void {
  const sessions = new Map<number, CoreSession>();
  const handler = async (event: IpcMainInvokeEvent, method: unknown, params: unknown): Promise<Envelope> => {
    if (!isTrustedSender(event.senderFrame)) return { ok: false, error: apiError('FORBIDDEN', { reason: 'untrusted sender' }) };
    let session = sessions.get(event.sender.id);
    if (!session) {
      session = core.openSession('ipc');
      sessions.set(event.sender.id, session);
      event.sender.once('destroyed', () => sessions.delete(event.sender.id));
    }
    return session.call(typeof method === 'string' ? method : '', params);
  };
  ipcMain.handle(IPC_INVOKE_CHANNEL, handler);
  const unsubscribe = core.onEvent((name, payload) => {
    for (const wc of windows()) if (!wc.isDestroyed()) wc.send(IPC_EVENT_CHANNEL, name, payload);
  });
  return () => {
    ipcMain.removeHandler(IPC_INVOKE_CHANNEL);
    unsubscribe();
  };
}
