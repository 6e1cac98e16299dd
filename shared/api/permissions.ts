import { REVIEW_ROLES } from '../model/workflow-rules';
import { PRODUCTION_ROLES, ROLES, ROLE_LABELS, type Role } from '../model/roles';
import type { ReviewStage } from '../model/proofing';
import type { MethodName } from './contract';

/**
 * Who may call what: the one table the core enforces for every transport (FORBIDDEN) and the UI
 * reads to hide what a role cannot do. Method level only; rules that depend on the data (三审 by
 * three different people, which status may follow which) stay in the services that hold the data.
 *
 * 'public' methods answer before sign-in (what a client needs to show the sign-in screen and to
 * sign in); 'single-desk' ones exist only where whoever sits at the desk is trusted to say who they
 * are (a sign-in connection refuses them); every other method needs an account whose role is listed.
 */
export type Access = 'public' | 'single-desk' | readonly Role[];

const ANYONE: readonly Role[] = ROLES;
/** Write and edit copy: 记者 files it, 编辑 edits it, the duty editor and administrators can step in. */
const WRITERS: readonly Role[] = ['reporter', 'editor', 'duty-editor', 'admin'];
/** Run the desk: move stories through the workflow, decide corrections, keep taxonomy and 词库. */
const EDITORS: readonly Role[] = ['editor', 'duty-editor', 'admin'];
/** Mark corrections in a proof round. */
const MARKERS: readonly Role[] = ['proofreader', 'editor', 'duty-editor', 'admin'];
/** Move a story to its next status: editors, and proofreaders handing a round on. */
const MOVERS: readonly Role[] = ['editor', 'proofreader', 'duty-editor', 'admin'];
/** Lay out pages, set fonts and output, export for print and the e-paper: 美编, the duty editor, administrators. */
const PRODUCTION: readonly Role[] = PRODUCTION_ROLES;
/** Pictures come from reporters and editors as well as the layout desk. */
const PICTURES: readonly Role[] = ['reporter', 'editor', 'designer', 'duty-editor', 'admin'];
/** Tag a page (its 栏目): the page's editor or its layout. */
const PAGE_TAGGERS: readonly Role[] = ['editor', 'designer', 'duty-editor', 'admin'];
/** Backups now and their list: the duty editor at night, administrators. */
const KEEPERS_OF_BACKUPS: readonly Role[] = ['duty-editor', 'admin'];
const ADMIN: readonly Role[] = ['admin'];
/** Mark errors left in the published paper (质检): the 质检员, the duty editor, administrators. */
const QUALITY_CHECKERS: readonly Role[] = ['quality-checker', 'duty-editor', 'admin'];
/** Hold an edit lease: a story's writers or a page's layout (which kind each may hold: the locks service). */
const LEASE_HOLDERS: readonly Role[] = ['reporter', 'editor', 'designer', 'duty-editor', 'admin'];
/** Break another's edit lease: the duty editor, administrators. */
const LOCK_BREAKERS: readonly Role[] = ['duty-editor', 'admin'];
/** Start an export: the 大样/小样 and archive are for the desk and the proofreaders too; print, e-paper and NewsML only production (checked per target in the export service). */
const EXPORTERS: readonly Role[] = ['editor', 'proofreader', 'designer', 'duty-editor', 'admin'];

export const PERMISSIONS = {
  // Before sign-in: versions and whether this connection must sign in; signing in itself.
  'system.info': 'public',
  'session.signIn': 'public',
  'session.resume': 'public',
  'session.setUser': 'single-desk',
  'session.current': ANYONE,
  'session.signOut': ANYONE,
  'session.changePassword': ANYONE,
  'users.list': ANYONE,
  'users.setPin': ANYONE, // one's own PIN; another's only as administrator (checked in the service)
  'users.create': ADMIN,
  'users.accounts': ADMIN,
  'users.update': ADMIN,
  'users.resetPassword': ADMIN,
  'users.setActive': ADMIN,
  'sessions.list': ADMIN,
  'sessions.revoke': ADMIN,
  'audit.list': ADMIN,

  'stories.list': ANYONE,
  'stories.get': ANYONE,
  'stories.create': WRITERS,
  'stories.save': WRITERS,
  'stories.merge': ANYONE,
  'stories.setStatus': MOVERS,
  'stories.revisions': ANYONE,
  'stories.diff': ANYONE,
  'stories.search': ANYONE,
  'import.preview': WRITERS,
  'import.commit': WRITERS,

  'proof.check': ANYONE,
  'corrections.list': ANYONE,
  'corrections.add': MARKERS,
  'corrections.decide': EDITORS,
  'workflow.reviews': ANYONE,
  'workflow.overrides': ANYONE,
  'workflow.review': EDITORS, // which stage each role may sign: REVIEW_STAGE_ROLES below
  'proof.errorRate': ANYONE,
  'quality.issues': ANYONE,
  'quality.marks': ANYONE,
  'quality.mark': QUALITY_CHECKERS,
  'quality.unmark': QUALITY_CHECKERS,

  'layout.templates': ANYONE,
  'issues.list': ANYONE,
  'issues.get': ANYONE,
  'issues.create': PRODUCTION,
  'pages.update': PRODUCTION,
  'frames.list': ANYONE,
  'frames.create': PRODUCTION,
  'frames.update': PRODUCTION,
  'frames.delete': PRODUCTION,
  'frames.restore': PRODUCTION,
  'layout.placeStory': PRODUCTION,
  'layout.continueStory': PRODUCTION,
  'layout.moveStory': PRODUCTION,
  'layout.placements': ANYONE,
  'paper.settings': ANYONE,
  'paper.setSettings': PRODUCTION,
  'layout.frontPage': PRODUCTION,
  'layout.placeImage': PRODUCTION,
  'layout.copyfit': ANYONE,
  'layout.page': ANYONE,

  'tags.list': ANYONE,
  'tags.create': EDITORS,
  'tags.update': EDITORS,
  'tags.merge': EDITORS,
  'tags.delete': EDITORS,
  'tags.iptc': ANYONE,
  'tags.suggest': ANYONE,
  'tags.suggestText': ANYONE,
  'tags.apply': WRITERS,
  'tags.remove': WRITERS,
  'tags.reject': WRITERS,
  'tags.forStory': ANYONE,
  'tags.forPage': ANYONE,
  'tags.applyToPage': PAGE_TAGGERS,
  'tags.removeFromPage': PAGE_TAGGERS,
  'tags.stories': ANYONE,
  'tags.cooccurrence': ANYONE,

  'export.preflight': ANYONE,
  'export.start': EXPORTERS, // proofs and archive; print, e-paper and NewsML: PRODUCTION only (export service)
  'export.galley': ANYONE, // a 小样 to read and mark
  'export.outputProfile': ANYONE,
  'export.setOutputProfile': PRODUCTION,
  'export.cancel': PRODUCTION,
  'export.status': ANYONE,

  'backup.list': KEEPERS_OF_BACKUPS,
  'backup.listAside': KEEPERS_OF_BACKUPS,
  'backup.now': KEEPERS_OF_BACKUPS,
  'backup.restore': ADMIN,

  'fonts.list': ANYONE,
  'fonts.setStyle': PRODUCTION,
  'fonts.add': PRODUCTION,

  'lexicons.list': ANYONE,
  'lexicons.create': EDITORS,
  'lexicons.update': EDITORS,
  'lexicons.delete': EDITORS,
  'lexicons.setDefaultEnabled': EDITORS,

  'images.import': PICTURES,
  'images.list': ANYONE,
  'images.data': ANYONE,

  'locks.acquire': LEASE_HOLDERS,
  'locks.renew': LEASE_HOLDERS,
  'locks.release': LEASE_HOLDERS,
  'locks.break': LOCK_BREAKERS,
  'locks.list': ANYONE,
  'presence.list': ANYONE,
  'presence.set': ANYONE,
} as const satisfies Record<MethodName, Access>;

/** Which roles may sign which of the 三审 stages (workflow.review); the workflow rules add who and in what order. */
export const REVIEW_STAGE_ROLES: Record<ReviewStage, readonly Role[]> = REVIEW_ROLES;

/** The roles that may call a method once someone acts; null for a public one (no sign-in needed). */
export function rolesFor(method: MethodName): readonly Role[] | null {
  const access: Access = PERMISSIONS[method];
  if (access === 'public') return null;
  return access === 'single-desk' ? ANYONE : access;
}

/**
 * May a user of this role call this method on this kind of connection? Public methods: anyone,
 * signed in or not; single-desk methods: never where one must sign in.
 */
export function may(role: Role | null | undefined, method: MethodName, connection: { requireSignIn: boolean }): boolean {
  const access: Access = PERMISSIONS[method];
  if (access === 'public') return true;
  if (access === 'single-desk') return !connection.requireSignIn;
  return role !== null && role !== undefined && access.includes(role);
}

/** What a refusal calls the refused action, for the methods one is most often refused. */
const ACTIONS: Partial<Record<MethodName, { zh: string; en: string }>> = {
  'stories.create': { zh: '新建稿件', en: 'Creating a story' },
  'layout.continueStory': { zh: '转版续排', en: 'Continuing a story on another page' },
  'layout.moveStory': { zh: '移动稿件到别的版面', en: 'Moving a story to another page' },
  'paper.setSettings': { zh: '修改报纸设置', en: 'Changing the paper’s settings' },
  'stories.save': { zh: '修改稿件', en: 'Changing a story' },
  'stories.setStatus': { zh: '改变稿件状态', en: 'Changing a story’s status' },
  'import.preview': { zh: '导入稿件', en: 'Importing copy' },
  'import.commit': { zh: '导入稿件', en: 'Importing copy' },
  'corrections.add': { zh: '标注校对修改', en: 'Marking a correction' },
  'corrections.decide': { zh: '处理校对修改', en: 'Deciding corrections' },
  'quality.mark': { zh: '质检标错', en: 'Marking an error in the published paper' },
  'quality.unmark': { zh: '撤销质检标错', en: 'Withdrawing a quality-check mark' },
  'workflow.review': { zh: '审稿', en: 'A review' },
  'issues.create': { zh: '新建版期', en: 'Creating an issue' },
  'export.start': { zh: '导出付印文件和数字报', en: 'Exporting for print and the e-paper' },
  'export.setOutputProfile': { zh: '设置印刷输出条件', en: 'Setting the output condition' },
  'fonts.setStyle': { zh: '设置字体', en: 'Setting fonts' },
  'fonts.add': { zh: '添加字体', en: 'Adding a font' },
  'lexicons.create': { zh: '修改词库', en: 'Changing the word lists' },
  'lexicons.update': { zh: '修改词库', en: 'Changing the word lists' },
  'lexicons.delete': { zh: '修改词库', en: 'Changing the word lists' },
  'lexicons.setDefaultEnabled': { zh: '修改词库', en: 'Changing the word lists' },
  'backup.now': { zh: '备份', en: 'A backup' },
  'backup.list': { zh: '查看备份', en: 'Listing backups' },
  'backup.listAside': { zh: '查看移开的数据库文件', en: 'Listing database files moved aside' },
  'backup.restore': { zh: '从备份恢复', en: 'Restoring a backup' },
  'locks.break': { zh: '解除他人的编辑锁', en: 'Breaking another’s edit lock' },
  'locks.acquire': { zh: '编辑', en: 'Editing' },
  'users.create': { zh: '添加用户', en: 'Adding a user' },
  'audit.list': { zh: '查看审计日志', en: 'Reading the audit log' },
};

/** What a refusal of this method calls the action: its own words, or the method's name. */
export function actionOf(method: MethodName): { zh: string; en: string } {
  return ACTIONS[method] ?? { zh: `此操作（${method}）`, en: `This operation (${method})` };
}

/** The refusal a FORBIDDEN carries: who may do this instead (zh-CN role names first). */
export function refusalFor(roles: readonly Role[], what: { zh: string; en: string }): { zh: string; en: string } {
  return {
    zh: `${what.zh}需由${roles.map((r) => ROLE_LABELS[r].zh).join('、')}执行。`,
    en: `${what.en} requires one of: ${roles.map((r) => ROLE_LABELS[r].en).join(', ')}.`,
  };
}
