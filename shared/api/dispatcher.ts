import { contract, isMethodName, type MethodName, type Params, type Result } from './contract';
import type { Envelope } from './envelope';
import { BanxinError, apiError, type ApiError } from './errors';

/** One window's (or one CLI run's) state: who is acting. Owned by the transport connection. */
export interface SessionState {
  /** Who acts; null until the window chose a user (single desk) or signed in (newsroom server). */
  userId: number | null;
  /**
   * A newsroom-server connection: the person must sign in with a password (session.signIn) and
   * choosing who sits at the desk is refused. False for the single desk (IPC, loopback browser mode, CLI).
   */
  requireSignIn?: boolean;
  /** The desk's network address as the transport saw it (audit trail); absent in-process. */
  address?: string;
  /** The stored sign-in session this connection acts under (session.signIn / session.resume); checked on every call. */
  signInId?: number;
  /** This connection, as edit leases name it (Superdesk's lock_session): its leases go when it closes. */
  connectionId?: string;
}

/** The acting context a transport passes with each call. */
export interface CallContext {
  session: SessionState;
  /** Which transport the call came through, for diagnostics. */
  transport: 'in-process' | 'ipc' | 'websocket';
}

export type Handler<M extends MethodName> = (params: Params<M>, ctx: CallContext) => Result<M> | Promise<Result<M>>;
export type Handlers = { [M in MethodName]: Handler<M> };

export type Dispatch = (method: string, params: unknown, ctx: CallContext) => Promise<Envelope>;

/**
 * Decides, before the params are even read, whether this session may call this method at all
 * (signed in where it must be, a role the permission table lists): null lets the call through.
 */
export type Gate = (method: MethodName, ctx: CallContext) => ApiError | null;

/**
 * The single entry point of every transport: validate the method name, ask the gate (sign-in and
 * permissions), validate the params against the contract, run the handler, validate its result,
 * and turn every failure into a typed error.
 */
export function createDispatcher(handlers: Handlers, onInternalError?: (method: string, err: unknown) => void, gate?: Gate): Dispatch {
  return async (method, params, ctx) => {
    if (!isMethodName(method)) return { ok: false, error: apiError('UNKNOWN_METHOD', { method: String(method).slice(0, 100) }) };
    try {
      const refused = gate?.(method, ctx);
      if (refused) return { ok: false, error: refused };
    } catch (err) {
      if (err instanceof BanxinError) return { ok: false, error: err.toApiError() };
      onInternalError?.(method, err);
      return { ok: false, error: apiError('INTERNAL') };
    }
    const spec = contract[method];
    const parsed = spec.params.safeParse(params ?? {});
    if (!parsed.success) {
      const issues = parsed.error.issues.slice(0, 20).map((i) => ({ path: i.path.map(String).join('.'), message: i.message }));
      return { ok: false, error: apiError('VALIDATION', issues) };
    }
    if (spec.needsUser && ctx.session.userId === null) return { ok: false, error: apiError('NO_USER') };
    try {
      const handler = handlers[method] as (p: unknown, c: CallContext) => unknown;
      const result = await handler(parsed.data, ctx);
      const checked = spec.result.safeParse(result);
      if (!checked.success) {
        onInternalError?.(method, checked.error);
        return { ok: false, error: apiError('INTERNAL') };
      }
      return { ok: true, result: checked.data };
    } catch (err) {
      if (err instanceof BanxinError) return { ok: false, error: err.toApiError() };
      onInternalError?.(method, err);
      return { ok: false, error: apiError('INTERNAL') };
    }
  };
}
