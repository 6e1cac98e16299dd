import type { StoryKind } from '../../shared/model/story';
import type { SourceParagraph } from './source-paragraph';

/** What can be imported: a file's bytes (name gives the format), or pasted text with optional HTML. */
export type ImportSource = { name: string; bytes: Uint8Array } | { name: string; text: string; html?: string };

/** Kinds of repair the importer proposes. */
export type RepairKind =
  | 'rejoin-paragraph' // a paragraph split mid-sentence by PDF/column extraction
  | 'strip-artifact' // running head, page line, credit line, jump line in the flow
  | 'split-headline' // 引题+主题 or 主题+副题 merged on one line
  | 'normalize-dateline' // 电头 with ASCII brackets → full-width
  | 'collapse-space'; // a typed ASCII space between Chinese characters in running copy

/**
 * One proposed change, shown to the user and never applied silently. `accepted` is the current
 * state (the default proposal unless the caller overrode it). `source` locates the change in the
 * original, unrepaired paragraphs (UTF-16 offsets), so the UI can show it in context.
 */
export interface Repair {
  /** Stable across re-parses of the same input (derived from source positions). */
  id: string;
  kind: RepairKind;
  before: string;
  after: string;
  /** Index of the affected paragraph in the story body as currently computed, when in the body. */
  paragraphIndex?: number;
  /** Where in the source: paragraph index into `ParsedPage.paragraphs`, and a span in its text. */
  source: { paragraph: number; start: number; end: number };
  /** Why, in zh-CN. */
  reason: string;
  accepted: boolean;
}

/** One story as recognised on the page, after the accepted repairs. */
export interface ImportedStory {
  kind: StoryKind;
  kicker: string; // 引题
  headline: string; // 主题
  subhead: string; // 副题
  byline: string; // 署名, e.g. 融媒记者 李梦楚 / 融媒评论员
  /** 电头 such as 本报讯（融媒记者 某某）; removed from the start of body[0]. */
  dateline: string;
  /** Paragraphs after accepted repairs. */
  body: string[];
  /** Every repair proposed for this story, accepted or not. */
  repairs: Repair[];
  /** The page of a multi-page source (PDF) the story starts on, 1-based; absent for other sources. */
  page?: number;
}

/** The source broken into paragraphs, before any repair: the input to {@link applyRepairs}. */
export interface ParsedPage {
  name: string;
  paragraphs: SourceParagraph[];
  /** Notes for the user about the conversion (dropped images, encoding, …), zh-CN. */
  warnings: string[];
}

/** Result of an import: stories plus notes for the user. */
export interface ImportResult {
  stories: ImportedStory[];
  warnings: string[];
}
