import { createDispatcher, type CallContext, type Dispatch, type Handlers, type SessionState } from '../../shared/api/dispatcher';
import { isMethodName, type EventName, type EventPayload } from '../../shared/api/contract';
import { changeOf } from './change-events';
import type { Envelope } from '../../shared/api/envelope';
import { auditRepo } from '../store/audit-repo';
import { isoNow, systemClock, type Clock } from '../store/clock';
import { DatabaseOpenError, type Db } from '../store/open-database';
import { openWithRecovery, type OpenOutcome } from '../store/recovery';
import { openPostgres } from '../store/open-postgres';
import type { PgConnectionConfig } from '../store/engine/pg-protocol';
import type { DatabaseLock } from '../store/lock';
import { PrepareCache } from '../../shared/typeset';
import { createBackupScheduler, totalChanges } from './backup-scheduler';
import { backupNow, backupService } from './services/backup-service';
import { usersRepo } from '../store/users-repo';
import { toStorageError, write } from '../store/write';
import type { CoreContext } from './context';
import { intakeService } from './services/intake-service';
import { proofingService } from './services/proofing-service';
import { qualityService } from './services/quality-service';
import { layoutService } from './services/layout-service';
import { paperService } from './services/paper-service';
import { tagsService } from './services/tags-service';
import { lexiconsService } from './services/lexicons-service';
import { imagesService } from './services/images-service';
import { exportService, exportsRoot } from './services/export-service';
import { FontRegistry, loadUserFonts } from '../fonts';
import { fontsService, storedStyleFonts } from './services/fonts-service';
import { storyService } from './services/story-service';
import { systemService } from './services/system-service';
import { accountsService } from './services/accounts-service';
import { accessGate } from './identity/access-gate';
import { DEFAULT_SIGN_IN_POLICY, type SignInPolicy } from './identity/policy';
import { identityOf, type IdentityIo } from './identity/sign-in-sessions';
import { withDeskAddress } from '../store/audit-context';
import { randomUUID } from 'node:crypto';
import { DEFAULT_EDIT_LEASE_MS, editLocks } from './collab/edit-locks';
import { presenceBoard } from './collab/presence';
import { eventFanOut } from './collab/event-fanout';

export interface CoreOptions {
  /** The SQLite file; on PostgreSQL, where the core keeps its local files (exports, fonts) beside it. */
  dbPath: string;
  /** Run the store on this PostgreSQL database instead of the SQLite file (several servers may share it). */
  postgres?: PgConnectionConfig;
  /**
   * One owner per database (default true): a lock file and SQLite's exclusive locking mode, so a
   * second instance or another tool fails fast instead of writing beside us.
   */
  singleOwner?: boolean;
  /** Back up every 15 minutes of activity (default true; the CLI's one-shot runs turn it off). */
  scheduledBackups?: boolean;
  clock?: Clock;
  appVersion?: string;
  /** Where unexpected internal errors are reported (never to the transport). */
  log?: (message: string, err: unknown) => void;
  /** Idle limit of sign-in sessions and the lockout after wrong passwords (defaults: 8 h; 5 wrong lock 15 min). */
  signIn?: Partial<SignInPolicy>;
  /** How long an edit lease lives without renewal (default 5 minutes; the server reads BANXIN_EDIT_LEASE_MS). */
  editLeaseMs?: number;
}

/** How a transport opens a session: a newsroom server's sockets require sign-in and carry the desk's address. */
export interface SessionOptions {
  requireSignIn?: boolean;
  address?: string;
}

export type EventListener = (event: EventName, payload: unknown) => void;

/** One connection to the core: a window, a WebSocket, a CLI run. Holds who is acting. */
export interface CoreSession {
  readonly state: SessionState;
  call(method: string, params: unknown): Promise<Envelope>;
  /** The connection ended (a socket closed): its edit leases are released and it leaves the presence board. */
  close(): void;
}

export interface Core {
  /** The live connection (a restore from backup replaces it). */
  readonly db: Db;
  dispatch: Dispatch;
  openSession(transport: CallContext['transport'], options?: SessionOptions): CoreSession;
  onEvent(listener: EventListener): () => void;
  /** The font files the composer measures: the screen (@font-face) and the PDF use the same ones. */
  fonts(): FontRegistry;
  /** The folder exports are written under (beside the database); served back at /exports/. */
  readonly exportsRoot: string;
  close(): void;
  /** Close after a last backup of any unsaved-to-backup activity (on quit). */
  quit(): Promise<void>;
}

/** The fonts: bundled and installed ones, the newsroom's own from the store, and its choices per style. */
function openFontRegistry(ctx: Pick<CoreContext, 'db' | 'dbPath' | 'clock'>): FontRegistry {
  const registry = new FontRegistry();
  loadUserFonts(ctx.db, ctx.dbPath, registry, isoNow(ctx.clock));
  registry.setStyleFonts(storedStyleFonts(ctx));
  return registry;
}

/** Why a database could not be opened, with what the recovery found (e.g. the newest verified backup). */
export class CoreOpenError extends DatabaseOpenError {
  constructor(readonly outcome: Exclude<OpenOutcome, { status: 'ok' }>) {
    super(
      outcome.status === 'locked' ? 'LOCKED' : outcome.status === 'unreadable' ? 'UNREADABLE' : 'NOT_A_DATABASE',
      outcome.status === 'unreadable' ? `${outcome.messageZh}\n${outcome.messageEn}` : outcome.messageZh,
    );
    this.name = 'CoreOpenError';
  }
}

export const APP_VERSION = '0.1.0';
// The composer's cache: about five issues' paragraphs and six issues' lines (a line with its
// glyph positions is well under a kilobyte), so a long session stays within about 50 MB.
const TYPESET_CACHE_PARAGRAPHS = 5_000;
const TYPESET_CACHE_LINES = 50_000;

/** Build the core — every contract method as a handler over the SQLite store — for one database. */
export function createCore(options: CoreOptions): Core {
  // Several servers share one PostgreSQL database; a SQLite file has one owner unless told otherwise.
  const single = !options.postgres && options.singleOwner !== false;
  const { db, lock } = openStore(options, single);
  const clock = options.clock ?? systemClock;
  const listeners = new Set<EventListener>();
  let fonts: FontRegistry | undefined;
  const ctx: CoreContext = {
    db,
    dbPath: options.dbPath,
    clock,
    appVersion: options.appVersion ?? APP_VERSION,
    fonts: () => (fonts ??= openFontRegistry(ctx)),
    typesetCache: new PrepareCache(TYPESET_CACHE_PARAGRAPHS, TYPESET_CACHE_LINES),
    emit<E extends EventName>(event: E, payload: EventPayload<E>) {
      // A restore put another file in place: settings the core holds in memory follow it (the
      // fonts chosen per style — only if the registry was ever loaded; otherwise it reads them then).
      if (event === 'database.replaced' && fonts) fonts.setStyleFonts(storedStyleFonts(ctx));
      deliver(event, payload);
      fanOut.publish(event, payload);
    },
  };
  const deliver = (event: EventName, payload: unknown): void => {
    for (const l of listeners) {
      try {
        l(event, payload);
      } catch (err) {
        options.log?.(`event listener failed for ${event}`, err);
      }
    }
  };
  // Other servers on the same PostgreSQL database: their desks' changes reach this server's desks,
  // and a font another server added, or a font chosen there for a style, is set with here too.
  const fanOut = eventFanOut(db, (event, payload) => {
    if (event === 'data.changed' && (payload as { topic?: string }).topic === 'layout' && fonts) {
      loadUserFonts(ctx.db, ctx.dbPath, fonts, isoNow(clock));
      fonts.setStyleFonts(storedStyleFonts(ctx));
    }
    deliver(event, payload);
  }, options.log);
  ensureAdministrator(db, clock);
  const identity: IdentityIo = identityOf(ctx, { ...DEFAULT_SIGN_IN_POLICY, ...options.signIn });
  const locks = editLocks(ctx, options.editLeaseMs ?? DEFAULT_EDIT_LEASE_MS);
  const presence = presenceBoard(ctx);
  const handlers: Handlers = {
    ...locks.handlers, ...presence.handlers,
    ...systemService(ctx, identity), ...accountsService(identity), ...storyService(ctx, locks), ...intakeService(ctx), ...proofingService(ctx, locks), ...qualityService(ctx), ...layoutService(ctx, locks), ...paperService(ctx),
    ...tagsService(ctx), ...exportService(ctx), ...backupService(ctx, { exclusive: single }), ...lexiconsService(ctx), ...imagesService(ctx, locks), ...fontsService(ctx),
  };
  const scheduler =
    options.scheduledBackups === false || db.engine !== 'sqlite'
      ? null
      : createBackupScheduler({
          backup: (reason) => backupNow(ctx, reason).then((x) => x.backup),
          changeCounter: () => totalChanges(ctx.db),
          ...(options.log ? { log: options.log } : {}),
        });
  let closed = false;
  const close = (): void => {
    if (closed) return;
    closed = true;
    listeners.clear();
    fanOut.stop();
    // A plain close takes no backup (the connection is about to go); quit() backs up first.
    void scheduler?.stop({ finalBackup: false });
    if (ctx.db.open) ctx.db.close();
    lock?.release();
  };
  const dispatcher = createDispatcher(storageErrorsTyped(handlers), (method, err) => options.log?.(`internal error in ${method}`, err), accessGate(identity));
  // Every audit entry a call writes carries the address of the desk that made it.
  const dispatch: Dispatch = (method, params, callCtx) => withDeskAddress(callCtx.session.address, () => dispatcher(method, params, callCtx));
  return {
    get db() {
      return ctx.db;
    },
    dispatch,
    openSession(transport, sessionOptions) {
      const state: SessionState = {
        userId: null,
        ...(sessionOptions?.requireSignIn ? { requireSignIn: true } : {}),
        ...(sessionOptions?.address ? { address: sessionOptions.address } : {}),
        // Desks and windows are told apart for leases and presence; in-process runs (tests, CLI) are not desks.
        ...(transport === 'in-process' ? {} : { connectionId: randomUUID() }),
      };
      let ended = false;
      return {
        state,
        async call(method, params) {
          const envelope = await dispatch(method, params, { session: state, transport });
          if (envelope.ok && isMethodName(method)) {
            const change = changeOf(method, params, envelope.result, state.userId);
            if (change) ctx.emit('data.changed', change);
          }
          if (!ended && !closed) presence.track(state);
          return envelope;
        },
        close() {
          if (ended || closed || !state.connectionId) return;
          ended = true;
          presence.leave(state.connectionId);
          try {
            locks.releaseConnection(state.connectionId);
          } catch (err) {
            // A full disk must not stop a socket from closing; the lease then lapses on its own.
            options.log?.('releasing the edit leases of a closed connection failed', err);
          }
        },
      };
    },
    fonts: ctx.fonts,
    exportsRoot: exportsRoot(ctx.dbPath),
    onEvent(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    close,
    async quit() {
      await scheduler?.stop({ finalBackup: true });
      close();
    },
  };
}

/**
 * A storage failure outside a write (a read while PostgreSQL restarts, a disk error) reaches the
 * desk as the typed storage error a failed save gives, not as an internal error.
 */
function storageErrorsTyped(handlers: Handlers): Handlers {
  const out: Record<string, (p: never, ctx: never) => unknown> = {};
  for (const [method, handler] of Object.entries(handlers) as Array<[string, (p: never, ctx: never) => unknown]>) {
    out[method] = (p, ctx) => {
      try {
        const r = handler(p, ctx);
        return r instanceof Promise ? r.catch((err: unknown) => Promise.reject(toStorageError(err))) : r;
      } catch (err) {
        throw toStorageError(err);
      }
    };
  }
  return out as unknown as Handlers;
}

function openStore(options: CoreOptions, single: boolean): { db: Db; lock: DatabaseLock | undefined } {
  if (options.postgres) return { db: openPostgres(options.postgres), lock: undefined };
  const opened = openWithRecovery(options.dbPath, { lock: single, exclusive: single });
  if (opened.status !== 'ok') throw new CoreOpenError(opened);
  return opened;
}

/**
 * A fresh newsroom database starts with one administrator so that someone can add the team
 * (checked inside the write: two servers starting on one new database make one).
 */
function ensureAdministrator(db: Db, clock: Clock): void {
  write(db, () => {
    if (usersRepo.count(db) > 0) return;
    const at = isoNow(clock);
    const admin = usersRepo.insert(db, { name: 'admin', displayName: '管理员', role: 'admin' }, at);
    auditRepo.record(db, { at, userId: admin.id, action: 'user.create', entity: 'user', entityId: admin.id, detail: 'bootstrap administrator' });
  });
}
