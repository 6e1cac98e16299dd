import { useFeatureT, type FeatureT } from '../../i18n/feature-t';

const zh = {
  tags: '标签',
  noTags: '还没有标签',
  suggestions: '建议',
  noSuggestions: '暂无建议',
  apply: '点击加上标签“{name}”',
  reject: '不要这个建议',
  remove: '去掉标签',
  sourceTaxonomy: '已有标签',
  sourceTitle: '标题',
  sourceEntity: '名录',
  sourceQuoted: '引号内',
  sourcePhrase: '短语',
  sourceKeyword: '关键词',
  count: '出现 {n} 次',
  filter: '按标签筛选',
  filterPlaceholder: '选择标签…',
  filterResults: '带“{name}”标签的稿件：{n} 篇',
  filterEmpty: '没有带这个标签的稿件',
  clearFilter: '清除',
  untitled: '（无标题）',
  pageTags: '本版标签',
  pageAdd: '添加标签…',
  pageSuggest: '本版稿件的标签',
  pageSuggestApply: '点击给本版加上“{name}”',
};

type Key = keyof typeof zh;

const en: Record<Key, string> = {
  tags: 'Tags',
  noTags: 'No tags yet',
  suggestions: 'Suggested',
  noSuggestions: 'No suggestions',
  apply: 'Click to tag "{name}"',
  reject: 'Not this one',
  remove: 'Remove tag',
  sourceTaxonomy: 'existing tag',
  sourceTitle: 'headline',
  sourceEntity: 'newsroom list',
  sourceQuoted: 'in quotes',
  sourcePhrase: 'phrase',
  sourceKeyword: 'keyword',
  count: '{n} times',
  filter: 'Filter by tag',
  filterPlaceholder: 'Choose a tag…',
  filterResults: 'Stories tagged "{name}": {n}',
  filterEmpty: 'No story carries this tag',
  clearFilter: 'Clear',
  untitled: '(untitled)',
  pageTags: 'Page tags',
  pageAdd: 'Add a tag…',
  pageSuggest: 'From its stories',
  pageSuggestApply: 'Click to tag the page "{name}"',
};

/** The tagging UI's strings, zh-CN first, kept here so the shared dictionaries stay untouched. */
export const tagsMessages = { zh, en };

export type TagsKey = Key;
export type TagsT = FeatureT<Key>;

/** Translate a key of this feature in the UI language, filling `{name}` placeholders. */
export const useTagsT = (): TagsT => useFeatureT(tagsMessages);
