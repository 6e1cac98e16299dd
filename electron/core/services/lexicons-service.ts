import type { Handlers } from '../../../shared/api/dispatcher';
import { BanxinError } from '../../../shared/api/errors';
import type { LexiconEntryView } from '../../../shared/api/methods/lexicons';
import type { Role } from '../../../shared/model/roles';
import { PERMISSIONS } from '../../../shared/api/permissions';
import { auditRepo } from '../../store/audit-repo';
import { isoNow } from '../../store/clock';
import { lexiconsRepo, type LexiconFields } from '../../store/lexicons-repo';
import { write } from '../../store/write';
import type { CoreContext } from '../context';
import { actingUser } from './acting-user';
import { allViews, findShipped, lexiconsChanged, rowView, shippedView } from './lexicon-cache';

type LexiconHandlers = Pick<Handlers, 'lexicons.list' | 'lexicons.create' | 'lexicons.update' | 'lexicons.delete' | 'lexicons.setDefaultEnabled'>;

/** The word lists are house style: editors and those above them keep them; everyone reads them. */
/** Who keeps the 词库: from the one permission table. */
const KEEPERS: readonly Role[] = PERMISSIONS['lexicons.create'];

export function lexiconsService(c: CoreContext): LexiconHandlers {
  const keeper = (userId: number | null) =>
    actingUser(c.db, userId, KEEPERS, { zh: '词库只能由编辑、值班总编或管理员修改。', en: 'Only editors, duty editors and administrators may change the word lists.' });
  const need = (id: number) => {
    const r = lexiconsRepo.get(c.db, id);
    if (!r) throw new BanxinError('NOT_FOUND');
    return r;
  };
  /** After a committed change: drop the merged lists and tell every window (live checking re-fetches). */
  const changed = (): void => {
    lexiconsChanged(c.db);
    c.emit('lexicons.changed', {});
  };
  const today = (): string => isoNow(c.clock).slice(0, 10);

  return {
    'lexicons.list': (p) =>
      allViews(c.db).filter((e) => (!p.kind || e.kind === p.kind) && (!p.query || [e.wrong, e.right, e.note, e.source].some((s) => s.includes(p.query!)))),

    'lexicons.create': (p, ctx) => {
      const view = write(c.db, () => {
        const user = keeper(ctx.session.userId);
        const at = isoNow(c.clock);
        const fields: LexiconFields = { ...p, date: p.date ?? today() };
        const id = lexiconsRepo.insert(c.db, fields, user.id, at);
        auditRepo.record(c.db, { at, userId: user.id, action: 'lexicon.create', entity: 'lexicon', entityId: id, detail: `${p.kind} ${p.wrong}→${p.right}` });
        return rowView(need(id));
      });
      changed();
      return view;
    },

    'lexicons.update': (p, ctx) => {
      const view = write(c.db, () => {
        const user = keeper(ctx.session.userId);
        const { id: _id, createdBy: _c, updatedAt: _u, ...was } = need(p.id);
        const { id, ...patch } = p;
        const fields: LexiconFields = { ...was, ...Object.fromEntries(Object.entries(patch).filter(([, v]) => v !== undefined)) };
        const at = isoNow(c.clock);
        lexiconsRepo.update(c.db, id, fields, at);
        auditRepo.record(c.db, { at, userId: user.id, action: 'lexicon.update', entity: 'lexicon', entityId: id, detail: `${fields.kind} ${fields.wrong}→${fields.right}` });
        return rowView(need(id));
      });
      changed();
      return view;
    },

    'lexicons.delete': (p, ctx) => {
      write(c.db, () => {
        const user = keeper(ctx.session.userId);
        const was = need(p.id);
        lexiconsRepo.delete(c.db, p.id);
        auditRepo.record(c.db, { at: isoNow(c.clock), userId: user.id, action: 'lexicon.delete', entity: 'lexicon', entityId: p.id, detail: `${was.kind} ${was.wrong}→${was.right}` });
      });
      changed();
      return { deleted: true as const };
    },

    'lexicons.setDefaultEnabled': (p, ctx) => {
      const view: LexiconEntryView = write(c.db, () => {
        const user = keeper(ctx.session.userId);
        const entry = findShipped(p.kind, p.wrong, p.right);
        if (!entry) throw new BanxinError('NOT_FOUND', { zh: '没有这条默认词条。', en: 'No such shipped entry.' });
        const at = isoNow(c.clock);
        lexiconsRepo.setDefaultDisabled(c.db, p, !p.enabled, user.id, at);
        auditRepo.record(c.db, { at, userId: user.id, action: p.enabled ? 'lexicon.enable' : 'lexicon.disable', entity: 'lexicon', entityId: null, detail: `${p.kind} ${p.wrong}→${p.right}` });
        return shippedView(p.kind, entry, p.enabled);
      });
      changed();
      return view;
    },
  };
}
