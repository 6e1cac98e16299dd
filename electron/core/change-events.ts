import type { MethodName } from '../../shared/api/contract';
import type { DataChange, DataTopic } from '../../shared/api/data-change';

/**
 * Which successful calls change what other desks are looking at, and so are told to every
 * connected window as one `data.changed` event: the 稿库 lists, the open story's corrections
 * and reviews, the open page and its copyfit, the tags. Derived here from the call itself, so no
 * service can forget to announce a change; a method must be listed as changing something or as
 * reading only (a test holds every contract method to one of the two).
 */
export const CHANGE_TOPICS: Partial<Record<MethodName, DataTopic>> = {
  'stories.create': 'story',
  'stories.save': 'story',
  'stories.setStatus': 'story',
  'corrections.add': 'proofing',
  'corrections.decide': 'proofing',
  'workflow.review': 'proofing',
  'quality.mark': 'proofing',
  'quality.unmark': 'proofing',
  'issues.create': 'layout',
  'pages.update': 'layout',
  'frames.create': 'layout',
  'frames.update': 'layout',
  'frames.delete': 'layout',
  'frames.restore': 'layout',
  'layout.placeStory': 'layout',
  'layout.frontPage': 'layout',
  'layout.placeImage': 'layout',
  'layout.continueStory': 'layout',
  'layout.moveStory': 'layout',
  'paper.setSettings': 'layout',
  'fonts.add': 'layout',
  'fonts.setStyle': 'layout',
  'images.import': 'images',
  'tags.create': 'tags',
  'tags.update': 'tags',
  'tags.merge': 'tags',
  'tags.delete': 'tags',
  'tags.apply': 'tags',
  'tags.remove': 'tags',
  'tags.reject': 'tags',
  'tags.applyToPage': 'tags',
  'tags.removeFromPage': 'tags',
};

/**
 * Methods that change nothing another desk shows, or announce their change with an event of
 * their own (imports, restores, word lists, export progress, the acting user).
 */
export const QUIET_METHODS: readonly MethodName[] = [
  'system.info', 'users.list', 'users.create', 'session.setUser', 'session.current', 'audit.list',
  'session.signIn', 'session.resume', 'session.signOut', 'session.changePassword',
  'users.accounts', 'users.update', 'users.resetPassword', 'users.setActive', 'users.setPin', 'sessions.list', 'sessions.revoke',
  'stories.list', 'stories.get', 'stories.merge', 'stories.revisions', 'stories.diff', 'stories.search',
  'import.preview', 'import.commit',
  'proof.check', 'corrections.list', 'workflow.reviews', 'workflow.overrides', 'proof.errorRate', 'quality.issues', 'quality.marks',
  'layout.templates', 'issues.list', 'issues.get', 'frames.list', 'layout.copyfit', 'layout.page', 'layout.placements', 'paper.settings',
  'tags.list', 'tags.iptc', 'tags.suggest', 'tags.suggestText', 'tags.forStory', 'tags.forPage', 'tags.stories', 'tags.cooccurrence',
  'export.preflight', 'export.start', 'export.galley', 'export.outputProfile', 'export.setOutputProfile', 'export.cancel', 'export.status',
  'backup.list', 'backup.listAside', 'backup.now', 'backup.restore',
  'fonts.list', 'images.list', 'images.data',
  'lexicons.list', 'lexicons.create', 'lexicons.update', 'lexicons.delete', 'lexicons.setDefaultEnabled',
  // Leases and presence announce themselves (lock.changed, presence.changed).
  'locks.acquire', 'locks.renew', 'locks.release', 'locks.break', 'locks.list', 'presence.list', 'presence.set',
];

const num = (v: unknown): number | undefined => (typeof v === 'number' && Number.isSafeInteger(v) ? v : undefined);
const field = (o: unknown, key: string): unknown => (o && typeof o === 'object' && !Array.isArray(o) ? (o as Record<string, unknown>)[key] : undefined);

/** The change a successful call made, for other desks; null for a call that changes nothing they show. */
export function changeOf(method: MethodName, params: unknown, result: unknown, by: number | null): DataChange | null {
  const topic = CHANGE_TOPICS[method];
  if (!topic) return null;
  const first = Array.isArray(result) ? result[0] : result;
  const storyId =
    num(field(params, 'storyId')) ??
    (method.startsWith('stories.') ? num(field(params, 'id')) ?? num(field(first, 'id')) : undefined) ??
    num(field(field(result, 'story'), 'id')) ??
    num(field(first, 'storyId'));
  const pageId = num(field(params, 'pageId')) ?? num(field(first, 'pageId')) ?? (method === 'pages.update' ? num(field(params, 'id')) : undefined);
  return { topic, by, ...(storyId !== undefined ? { storyId } : {}), ...(pageId !== undefined ? { pageId } : {}) };
}
