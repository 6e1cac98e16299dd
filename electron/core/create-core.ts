import { createDispatcher, type CallContext, type Dispatch, type Handlers, type SessionState } from '../../shared/api/dispatcher';
import type { EventName, EventPayload } from '../../shared/api/contract';
import type { Envelope } from '../../shared/api/envelope';
import { auditRepo } from '../store/audit-repo';
import { isoNow, systemClock, type Clock } from '../store/clock';
import { openDatabase, type Db } from '../store/open-database';
import { usersRepo } from '../store/users-repo';
import { write } from '../store/write';
import type { CoreContext } from './context';
import { intakeService } from './services/intake-service';
import { proofingService } from './services/proofing-service';
import { layoutService } from './services/layout-service';
import { tagsService } from './services/tags-service';
import { exportService } from './services/export-service';
import { FontRegistry } from '../fonts';
import { storyService } from './services/story-service';
import { systemService } from './services/system-service';

export interface CoreOptions {
  dbPath: string;
  clock?: Clock;
  appVersion?: string;
  /** Where unexpected internal errors are reported (never to the transport). */
  log?: (message: string, err: unknown) => void;
}

export type EventListener = (event: EventName, payload: unknown) => void;

/** One connection to the core: a window, a WebSocket, a CLI run. Holds who is acting. */
export interface CoreSession {
  readonly state: SessionState;
  call(method: string, params: unknown): Promise<Envelope>;
}

export interface Core {
  db: Db;
  dispatch: Dispatch;
  openSession(transport: CallContext['transport']): CoreSession;
  onEvent(listener: EventListener): () => void;
  /** The font files the composer measures: the screen (@font-face) and the PDF use the same ones. */
  fonts(): FontRegistry;
  close(): void;
}

export const APP_VERSION = '0.1.0';

/** Build the core — every contract method as a handler over the SQLite store — for one database. */
export function createCore(options: CoreOptions): Core {
  const db = openDatabase(options.dbPath);
  const clock = options.clock ?? systemClock;
  const listeners = new Set<EventListener>();
  let fonts: FontRegistry | undefined;
  const ctx: CoreContext = {
    db,
    dbPath: options.dbPath,
    clock,
    appVersion: options.appVersion ?? APP_VERSION,
    fonts: () => (fonts ??= new FontRegistry()),
    emit<E extends EventName>(event: E, payload: EventPayload<E>) {
      for (const l of listeners) {
        try {
          l(event, payload);
        } catch (err) {
          options.log?.(`event listener failed for ${event}`, err);
        }
      }
    },
  };
  ensureAdministrator(db, clock);
  const handlers: Handlers = { ...systemService(ctx), ...storyService(ctx), ...intakeService(ctx), ...proofingService(ctx), ...layoutService(ctx), ...tagsService(ctx), ...exportService(ctx) };
  const dispatch = createDispatcher(handlers, (method, err) => options.log?.(`internal error in ${method}`, err));
  return {
    db,
    dispatch,
    openSession(transport) {
      const state: SessionState = { userId: null };
      return { state, call: (method, params) => dispatch(method, params, { session: state, transport }) };
    },
    fonts: ctx.fonts,
    onEvent(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    close() {
      listeners.clear();
      if (db.open) db.close();
    },
  };
}

/** A fresh newsroom database starts with one administrator so that someone can add the team. */
function ensureAdministrator(db: Db, clock: Clock): void {
  if (usersRepo.count(db) > 0) return;
  write(db, () => {
    const at = isoNow(clock);
    const admin = usersRepo.insert(db, { name: 'admin', displayName: '管理员', role: 'admin' }, at);
    auditRepo.record(db, { at, userId: admin.id, action: 'user.create', entity: 'user', entityId: admin.id, detail: 'bootstrap administrator' });
  });
}
