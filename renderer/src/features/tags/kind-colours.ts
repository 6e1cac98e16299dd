import type { SuggestionSource, TagKind } from '../../../../shared/tags/types';
import type { TagsKey } from './messages';

/** One antd preset colour per tag kind, so people, places and topics read apart at a glance. */
export const KIND_COLOURS: Record<TagKind, string> = {
  section: 'geekblue',
  topic: 'purple',
  person: 'magenta',
  place: 'green',
  organisation: 'cyan',
  event: 'orange',
  keyword: 'default',
};

/** The message that says why a suggestion is offered. */
export const SOURCE_KEYS: Record<SuggestionSource, TagsKey> = {
  taxonomy: 'sourceTaxonomy',
  title: 'sourceTitle',
  entity: 'sourceEntity',
  quoted: 'sourceQuoted',
  phrase: 'sourcePhrase',
  keyword: 'sourceKeyword',
};
