import type { CallContext, Handlers } from '../../../shared/api/dispatcher';
import { BanxinError } from '../../../shared/api/errors';
import { PERMISSIONS } from '../../../shared/api/permissions';
import { DEFAULT_LEASE_MS, type Lease, type LockKind } from '../../../shared/model/collab';
import { auditRepo } from '../../store/audit-repo';
import { editLeasesRepo, type LeaseRow } from '../../store/edit-leases-repo';
import { layoutRepo } from '../../store/layout-repo';
import { storiesRepo } from '../../store/stories-repo';
import { write } from '../../store/write';
import type { CoreContext } from '../context';
import { actingUser } from '../services/acting-user';

/** How long a lease lives without renewal: an editor left open renews it; a desk gone quiet lets it lapse. */
export const DEFAULT_EDIT_LEASE_MS = DEFAULT_LEASE_MS;

/** Who may hold which kind: a story's text belongs to those who may save it, a page to those who lay it out. */
const HOLDERS: Record<LockKind, readonly import('../../../shared/model/roles').Role[]> = {
  story: PERMISSIONS['stories.save'],
  page: PERMISSIONS['pages.update'],
};
const KIND_ZH: Record<LockKind, string> = { story: '稿件', page: '版面' };

/** A connection that never said who it is (in-process, the CLI) still holds leases under one name. */
const connectionOf = (ctx: CallContext): string => ctx.session.connectionId ?? 'in-process';
const leaseOf = (r: LeaseRow): Lease => ({ kind: r.kind, id: r.id, userId: r.userId, displayName: r.displayName, takenAt: r.takenAt, expiresAt: r.expiresAt });

/** What the one refused may still do, by kind: a story's body and a page's layout are what the lease guards. */
const LOCKED_TEXT: Record<LockKind, (name: string) => { zh: string; en: string }> = {
  story: (name) => ({ zh: `${name} 正在编辑，暂不能修改正文；可以阅读、批注和标注校对修改。`, en: `${name} is editing it: the body cannot be changed now; you can read, comment and mark corrections.` }),
  page: (name) => ({ zh: `${name} 正在排版，暂不能修改这一版的版面；可以阅读、预检、导出和批注。`, en: `${name} is laying out this page: its layout cannot be changed now; you can read, preflight, export and comment.` }),
};

function lockedBy(r: LeaseRow): BanxinError {
  return new BanxinError('LOCKED', { ...LOCKED_TEXT[r.kind](r.displayName), details: { holder: leaseOf(r) } });
}

export interface EditLocks {
  handlers: Pick<Handlers, 'locks.acquire' | 'locks.renew' | 'locks.release' | 'locks.break' | 'locks.list'>;
  /**
   * Inside a write transaction: refuse (LOCKED, naming the holder) a change to the body of a story,
   * or to the layout of a page, whose live lease another person holds. Nobody holding it, a lapsed
   * lease, or the holder themselves (any of their desks): go ahead.
   */
  assertMayWrite(kind: LockKind, id: number, userId: number | null): void;
  /** A connection closed (a desk disconnected): its leases go at once, and everyone is told. */
  releaseConnection(connection: string): void;
}

/**
 * Edit leases over the store, with expiry measured by the core's clock (tests inject one). Taking
 * and renewing are one operation: a lease nobody else holds live is (re)taken; a live one of
 * another person's answers LOCKED. Renewals keep `takenAt`, so "正在编辑（3 分钟）" counts from
 * when the person opened the editor.
 */
export function editLocks(c: CoreContext, leaseMs = DEFAULT_EDIT_LEASE_MS): EditLocks {
  const nowIso = (): string => c.clock().toISOString();
  const exists = (kind: LockKind, id: number): boolean => (kind === 'story' ? storiesRepo.getRow(c.db, id) : layoutRepo.page(c.db, id)) !== undefined;

  const take = (p: { kind: LockKind; id: number }, ctx: CallContext): { lease: Lease; leaseMs: number } => {
    // Nothing to hold is said before whose it may be (the permission sweep aims at ids no row has).
    if (!exists(p.kind, p.id)) throw new BanxinError('NOT_FOUND');
    const user = actingUser(c.db, ctx.session.userId, HOLDERS[p.kind], {
      zh: `编辑${KIND_ZH[p.kind]}需由有权修改它的角色执行。`,
      en: `Only roles that may change the ${p.kind} may hold it for editing.`,
    });
    const connection = connectionOf(ctx);
    const { lease, changed } = write(c.db, () => {
      if (!exists(p.kind, p.id)) throw new BanxinError('NOT_FOUND');
      const now = c.clock();
      const at = now.toISOString();
      const row = editLeasesRepo.get(c.db, p.kind, p.id);
      const live = row !== undefined && row.expiresAt > at;
      if (live && row.userId !== user.id) throw lockedBy(row);
      const takenAt = live ? row.takenAt : at;
      const expiresAt = new Date(now.getTime() + leaseMs).toISOString();
      editLeasesRepo.put(c.db, { kind: p.kind, id: p.id, userId: user.id, connection, takenAt, at, expiresAt });
      return { lease: leaseOf(editLeasesRepo.get(c.db, p.kind, p.id)!), changed: !live || row.connection !== connection };
    });
    if (changed) c.emit('lock.changed', { kind: p.kind, id: p.id, lease });
    return { lease, leaseMs };
  };

  return {
    handlers: {
      'locks.acquire': take,
      'locks.renew': take,
      'locks.release': (p, ctx) => {
        const released = write(c.db, () => {
          const row = editLeasesRepo.get(c.db, p.kind, p.id);
          return row !== undefined && row.userId === ctx.session.userId && editLeasesRepo.remove(c.db, p.kind, p.id);
        });
        if (released) c.emit('lock.changed', { kind: p.kind, id: p.id, lease: null });
        return { released };
      },
      'locks.break': (p, ctx) => {
        const breaker = actingUser(c.db, ctx.session.userId, PERMISSIONS['locks.break'], { zh: '解除他人的编辑锁需由值班总编或管理员执行。', en: 'Only the duty editor or an administrator may break an edit lock.' });
        const broken = write(c.db, () => {
          const at = nowIso();
          const row = editLeasesRepo.get(c.db, p.kind, p.id);
          if (!row) return null;
          editLeasesRepo.remove(c.db, p.kind, p.id);
          if (row.expiresAt <= at) return null; // lapsed already: nothing to break, nobody to tell
          // What the holder last saved is the story's current revision: it stays, and the log says which it was.
          const saved = p.kind === 'story' ? storiesRepo.getRow(c.db, p.id)?.revision : undefined;
          auditRepo.record(c.db, {
            at, userId: breaker.id, action: 'lock.break', entity: p.kind, entityId: p.id,
            detail: `解除 ${row.displayName} 的${p.kind === 'page' ? '排版锁' : '编辑锁'}（自 ${row.takenAt}）${saved !== undefined ? `；其最后保存为第 ${saved} 稿` : ''}`,
          });
          return leaseOf(row);
        });
        if (broken) {
          c.emit('lock.changed', { kind: p.kind, id: p.id, lease: null, brokenBy: { userId: breaker.id, displayName: breaker.displayName, previousHolderId: broken.userId } });
        }
        return { broken };
      },
      'locks.list': (p) => editLeasesRepo.live(c.db, nowIso(), p.kind).map(leaseOf),
    },
    assertMayWrite(kind, id, userId) {
      const row = editLeasesRepo.get(c.db, kind, id);
      if (row && row.expiresAt > nowIso() && row.userId !== userId) throw lockedBy(row);
    },
    releaseConnection(connection) {
      const gone = write(c.db, () => {
        const rows = editLeasesRepo.ofConnection(c.db, connection);
        for (const r of rows) editLeasesRepo.remove(c.db, r.kind, r.id);
        return rows;
      });
      for (const r of gone) c.emit('lock.changed', { kind: r.kind, id: r.id, lease: null });
    },
  };
}
