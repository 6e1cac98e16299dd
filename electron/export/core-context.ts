import type { Core } from '../core/create-core';
import type { CoreContext } from '../core/context';
import { PrepareCache } from '../../shared/typeset';
import { systemClock } from '../store/clock';

/** A service context over an opened core, for headless runs (the CLI) that emit no events. */
export function contextOfCore(core: Core, dbPath: string, appVersion = '0.1.0'): CoreContext {
  return { db: core.db, dbPath, clock: systemClock, appVersion, fonts: core.fonts, typesetCache: new PrepareCache(), emit: () => undefined };
}
