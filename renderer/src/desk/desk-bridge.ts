import type { DeskBridge } from '../../../shared/api/desk-bridge';

declare global {
  interface Window {
    /** Present only in the Electron desk chooser window (set by desk-preload). */
    banxinDesk?: DeskBridge;
  }
}

export const deskBridge = (): DeskBridge | undefined => window.banxinDesk;
