import { z } from 'zod';

/**
 * What a tag names. Sections (栏目) organise the paper and the e-paper; topics are subjects
 * (optionally mapped to an IPTC Media Topic); people, places, organisations and events are the
 * newsroom's own entity lists; keywords are free terms accepted from suggestions.
 */
export const TAG_KINDS = ['section', 'topic', 'person', 'place', 'organisation', 'event', 'keyword'] as const;
export const TagKindSchema = z.enum(TAG_KINDS);
export type TagKind = z.infer<typeof TagKindSchema>;

export const TAG_KIND_LABELS: Record<TagKind, { zh: string; en: string }> = {
  section: { zh: '栏目', en: 'Section' },
  topic: { zh: '主题', en: 'Topic' },
  person: { zh: '人物', en: 'Person' },
  place: { zh: '地点', en: 'Place' },
  organisation: { zh: '机构', en: 'Organisation' },
  event: { zh: '事件', en: 'Event' },
  keyword: { zh: '关键词', en: 'Keyword' },
};

/** A date as the newsroom writes it in lists: YYYY, YYYY-MM or YYYY-MM-DD. */
export const PartialDateSchema = z.string().regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, 'YYYY, YYYY-MM or YYYY-MM-DD');

/** One title a person held, and when (an open end means "still holds it"). */
export const PersonTitleSchema = z
  .object({
    title: z.string().trim().min(2).max(60),
    from: PartialDateSchema.nullable().default(null),
    to: PartialDateSchema.nullable().default(null),
  })
  .strict();
export type PersonTitle = z.infer<typeof PersonTitleSchema>;

export const TagNameSchema = z.string().trim().min(1).max(60);

export const TagSchema = z.object({
  id: z.number().int(),
  name: z.string(),
  kind: TagKindSchema,
  parentId: z.number().int().nullable(),
  synonyms: z.array(z.string()),
  /** IPTC Media Topic code as `medtop:NNNNNNNN`, exported with the story. */
  iptcCode: z.string().nullable(),
  /** People only: titles with the dates they were held. */
  titles: z.array(PersonTitleSchema),
  /** How many stories carry the tag. */
  storyCount: z.number().int(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type Tag = z.infer<typeof TagSchema>;

/** Where a suggestion came from, so the UI can say why it is offered. */
export const SUGGESTION_SOURCES = ['taxonomy', 'title', 'entity', 'quoted', 'phrase', 'keyword'] as const;
export type SuggestionSource = (typeof SUGGESTION_SOURCES)[number];

export const SuggestionSchema = z.object({
  tag: z.string(),
  kind: TagKindSchema,
  /** 0–1, relative to the best suggestion for this text. */
  score: z.number(),
  /** The existing tag this suggestion is, or null for a new one (accepting creates it). */
  tagId: z.number().int().nullable(),
  /** Occurrences in the text. */
  count: z.number().int(),
  source: z.enum(SUGGESTION_SOURCES),
  /** A short explanation, e.g. the title a person held on the story's date. */
  detail: z.string().optional(),
});
export type Suggestion = z.infer<typeof SuggestionSchema>;
