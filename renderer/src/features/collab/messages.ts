import { useFeatureT, type FeatureT } from '../../i18n/feature-t';

const zh = {
  editing: '{name} 正在编辑（{minutes} 分钟）',
  readOnly: '只读：可以阅读、批注和在本校次标注校对修改，正文由 {name} 修改。',
  breakLock: '解除编辑锁',
  breakConfirm: '解除 {name} 的编辑锁？其最后自动保存的内容会保留为一稿，并通知对方。',
  broken: '{name} 解除了你的编辑锁。未保存的修改已尽量保存；如需继续修改，请重新获取编辑。',
  retake: '重新获取编辑',
  cannotHold: '你的角色不能修改这篇稿件的正文（只读）。',
  signedOff: '本稿已签发。修改正文将使以下签名作废：{names}。',
  signedOffEdit: '修改（作废签名）',
  signedOffConfirmTitle: '修改已签发的稿件？',
  signedOffConfirm: '保存修改后，{names} 的签名将作废，稿件退回“编辑中”，须重新三审。此操作记入审计日志。',
  noSignatures: '（无有效签名）',
  online: '在线 {count} 人',
  onlineTitle: '在线人员',
  atStory: '正在看稿件 #{id}',
  atPage: '正在看版面 #{id}',
  idle: '未打开稿件',
  laying: '{name} 正在排版（{minutes} 分钟）',
  pageReadOnly: '只读：可以查看、预检、导出和批注，这一版由 {name} 排版。',
  pageBreakLock: '解除排版锁',
  pageBreakConfirm: '解除 {name} 的排版锁？其已做的排版都已保存，并通知对方。',
  pageBroken: '{name} 解除了你的排版锁。已做的排版都已保存；如需继续排版，请重新获取。',
  pageRetake: '重新获取排版',
  pageCannotHold: '你的角色不能修改版面（只读）。',
};

const en: Record<keyof typeof zh, string> = {
  editing: '{name} is editing ({minutes} min)',
  readOnly: 'Read only: you can read, comment and mark corrections in this round; {name} changes the text.',
  breakLock: 'Break the lock',
  breakConfirm: 'Break {name}’s edit lock? Their last autosaved text is kept as a revision, and they are told.',
  broken: '{name} broke your edit lock. Unsaved changes were saved where possible; to keep editing, take the lock again.',
  retake: 'Edit again',
  cannotHold: 'Your role may not change this story’s text (read only).',
  signedOff: 'This story is signed off. Changing its text voids these signatures: {names}.',
  signedOffEdit: 'Edit (void the signatures)',
  signedOffConfirmTitle: 'Change a signed-off story?',
  signedOffConfirm: 'Once you save, the signatures of {names} are void, the story goes back to editing and needs its three reviews again. This is recorded in the audit log.',
  noSignatures: '(no valid signatures)',
  online: '{count} online',
  onlineTitle: 'Online',
  atStory: 'looking at story #{id}',
  atPage: 'looking at page #{id}',
  idle: 'no story open',
  laying: '{name} is laying it out ({minutes} min)',
  pageReadOnly: 'Read only: you can look, preflight, export and comment; {name} lays out this page.',
  pageBreakLock: 'Break the layout lock',
  pageBreakConfirm: 'Break {name}’s layout lock? Everything they laid out is saved, and they are told.',
  pageBroken: '{name} broke your layout lock. Everything you laid out is saved; to go on, take the page again.',
  pageRetake: 'Lay out again',
  pageCannotHold: 'Your role may not change the layout (read only).',
};

export type CollabKey = keyof typeof zh;
const messages = { zh, en };
export const useCollabT = (): FeatureT<CollabKey> => useFeatureT(messages);
