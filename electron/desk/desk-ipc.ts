import type { IpcMain, IpcMainInvokeEvent } from 'electron';
import type { z } from 'zod';
import { DESK_CHANNELS, emptyRequestSchema, probeRequestSchema, trustRequestSchema } from '../../shared/api/desk-bridge';
import { isTrustedSender } from '../shell/security';
import type { DeskChooser } from './desk-chooser';

/** The chooser page, served from the app's own origin; no other page may use these channels. */
export const CHOOSER_PATH = '/chooser.html';

export class DeskIpcRefused extends Error {
  override readonly name = 'DeskIpcRefused';
}

type Frame = IpcMainInvokeEvent['senderFrame'];

/** The sender must be the main frame of our app origin showing the chooser page — not the newsroom server's pages. */
export function isChooserSender(frame: Pick<NonNullable<Frame>, 'url' | 'parent'> | null | undefined): boolean {
  if (!isTrustedSender(frame)) return false;
  return new URL(frame!.url).pathname === CHOOSER_PATH;
}

/**
 * The chooser's four channels. Each message is checked twice before the chooser sees it: who
 * sent it (isChooserSender) and what it holds (its zod schema, strict: no extra fields, and no
 * field anywhere that names a file).
 */
export function registerDeskIpc(ipcMain: Pick<IpcMain, 'handle' | 'removeHandler'>, chooser: DeskChooser): () => void {
  const handle = <S extends z.ZodType, R>(channel: string, schema: S, run: (req: z.infer<S>) => R): void => {
    ipcMain.handle(channel, (event: IpcMainInvokeEvent, request: unknown) => {
      if (!isChooserSender(event.senderFrame)) throw new DeskIpcRefused('untrusted sender');
      const parsed = schema.safeParse(request);
      if (!parsed.success) throw new DeskIpcRefused(`invalid request on ${channel}`);
      return run(parsed.data);
    });
  };
  handle(DESK_CHANNELS.state, emptyRequestSchema, () => chooser.state());
  handle(DESK_CHANNELS.probe, probeRequestSchema, (r) => chooser.probe(r.address));
  handle(DESK_CHANNELS.trust, trustRequestSchema, (r) => chooser.trust(r.address, r.fingerprint));
  handle(DESK_CHANNELS.useLocal, emptyRequestSchema, () => chooser.useLocal());
  return () => {
    for (const channel of Object.values(DESK_CHANNELS)) ipcMain.removeHandler(channel);
  };
}
