import { z } from 'zod';
import { StorySummarySchema } from '../../model/story';
import { PersonTitleSchema, SuggestionSchema, TagKindSchema, TagNameSchema, TagSchema } from '../../tags/types';
import { method } from '../define';

const Id = z.number().int().positive();
const Synonyms = z.array(TagNameSchema).max(50);
const IptcCode = z.string().regex(/^medtop:\d{8}$/, 'an IPTC Media Topic QCode like medtop:04000000');
const Titles = z.array(PersonTitleSchema).max(50);
const StoryDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'YYYY-MM-DD');

export const IptcTopicSchema = z.object({ code: z.string(), en: z.string(), zh: z.string(), parent: z.string().nullable() });

export const tagsMethods = {
  'tags.list': method({
    summary: 'The taxonomy: every tag (optionally of one kind, or whose name or synonyms contain a text) with its story count.',
    params: z.object({ kind: TagKindSchema.optional(), query: z.string().trim().min(1).max(60).optional() }).strict(),
    result: z.array(TagSchema),
    errors: [],
    needsUser: false,
  }),
  'tags.create': method({
    summary: 'Add a tag to the taxonomy.',
    params: z
      .object({
        name: TagNameSchema,
        kind: TagKindSchema,
        parentId: Id.nullable().default(null),
        synonyms: Synonyms.default([]),
        iptcCode: IptcCode.nullable().default(null),
        titles: Titles.default([]),
      })
      .strict(),
    result: TagSchema,
    errors: ['NO_USER', 'NOT_FOUND', 'CONFLICT', 'VALIDATION'],
    needsUser: true,
  }),
  'tags.update': method({
    summary: 'Rename a tag or change its kind, parent, synonyms, IPTC topic or titles; every use follows (uses are by id).',
    params: z
      .object({
        id: Id,
        name: TagNameSchema.optional(),
        kind: TagKindSchema.optional(),
        parentId: Id.nullable().optional(),
        synonyms: Synonyms.optional(),
        iptcCode: IptcCode.nullable().optional(),
        titles: Titles.optional(),
      })
      .strict(),
    result: TagSchema,
    errors: ['NO_USER', 'NOT_FOUND', 'CONFLICT', 'VALIDATION'],
    needsUser: true,
  }),
  'tags.merge': method({
    summary: 'Merge one tag into another: its stories, pages and children move over, its name becomes a synonym.',
    params: z.object({ fromId: Id, intoId: Id }).strict(),
    result: TagSchema,
    errors: ['NO_USER', 'NOT_FOUND', 'VALIDATION'],
    needsUser: true,
  }),
  'tags.delete': method({
    summary: 'Delete a tag and every use of it.',
    params: z.object({ id: Id }).strict(),
    result: z.object({ deleted: z.literal(true) }),
    errors: ['NO_USER', 'NOT_FOUND'],
    needsUser: true,
  }),
  'tags.iptc': method({
    summary: 'The IPTC Media Topics (a county-paper subset, with Chinese labels) a topic can map to.',
    params: z.object({}).strict(),
    result: z.array(IptcTopicSchema),
    errors: [],
    needsUser: false,
  }),
  'tags.suggest': method({
    summary: 'Ranked tag suggestions for a story: keywords (jieba + TF-IDF over the archive), entities from the newsroom lists and patterns.',
    params: z.object({ storyId: Id, limit: z.number().int().min(1).max(100).default(20) }).strict(),
    result: z.array(SuggestionSchema),
    errors: ['NOT_FOUND'],
    needsUser: false,
  }),
  'tags.suggestText': method({
    summary: 'Ranked tag suggestions for a text that is not (yet) a story, e.g. from the CLI.',
    params: z
      .object({
        text: z.string().min(1).max(200_000),
        headline: z.string().max(500).default(''),
        date: StoryDate.optional(),
        limit: z.number().int().min(1).max(100).default(20),
      })
      .strict(),
    result: z.array(SuggestionSchema),
    errors: [],
    needsUser: false,
  }),
  'tags.apply': method({
    summary: 'Put tags on a story, by id or by name (a new name creates a tag of the given kind, keyword by default).',
    params: z
      .object({
        storyId: Id,
        tagIds: z.array(Id).max(100).default([]),
        names: z.array(z.object({ name: TagNameSchema, kind: TagKindSchema.optional() }).strict()).max(100).default([]),
        source: z.enum(['manual', 'suggested']).default('manual'),
      })
      .strict(),
    result: z.array(TagSchema),
    errors: ['NO_USER', 'NOT_FOUND'],
    needsUser: true,
  }),
  'tags.remove': method({
    summary: 'Take a tag off a story.',
    params: z.object({ storyId: Id, tagId: Id }).strict(),
    result: z.array(TagSchema),
    errors: ['NO_USER', 'NOT_FOUND'],
    needsUser: true,
  }),
  'tags.reject': method({
    summary: 'Reject a suggestion for a story so that it is not offered again.',
    params: z.object({ storyId: Id, tag: TagNameSchema }).strict(),
    result: z.object({ rejected: z.array(z.string()) }),
    errors: ['NO_USER', 'NOT_FOUND'],
    needsUser: true,
  }),
  'tags.forStory': method({
    summary: 'The tags on a story.',
    params: z.object({ storyId: Id }).strict(),
    result: z.array(TagSchema),
    errors: ['NOT_FOUND'],
    needsUser: false,
  }),
  'tags.forPage': method({
    summary: 'The tags on a page.',
    params: z.object({ pageId: Id }).strict(),
    result: z.array(TagSchema),
    errors: ['NOT_FOUND'],
    needsUser: false,
  }),
  'tags.applyToPage': method({
    summary: 'Put tags on a page (e.g. its 栏目 for the e-paper).',
    params: z.object({ pageId: Id, tagIds: z.array(Id).min(1).max(100) }).strict(),
    result: z.array(TagSchema),
    errors: ['NO_USER', 'NOT_FOUND'],
    needsUser: true,
  }),
  'tags.removeFromPage': method({
    summary: 'Take a tag off a page.',
    params: z.object({ pageId: Id, tagId: Id }).strict(),
    result: z.array(TagSchema),
    errors: ['NO_USER', 'NOT_FOUND'],
    needsUser: true,
  }),
  'tags.stories': method({
    summary: 'The 稿库 filtered by tag: stories carrying it, newest first.',
    params: z
      .object({
        tagId: Id,
        offset: z.number().int().min(0).max(10_000_000).default(0),
        limit: z.number().int().min(1).max(500).default(50),
      })
      .strict(),
    result: z.object({ total: z.number().int(), items: z.array(StorySummarySchema) }),
    errors: ['NOT_FOUND'],
    needsUser: false,
  }),
  'tags.cooccurrence': method({
    summary: 'Which tags occur together on stories, most often first (only pairs with tagId when given).',
    params: z.object({ tagId: Id.optional(), limit: z.number().int().min(1).max(500).default(50) }).strict(),
    result: z.array(z.object({ a: TagSchema, b: TagSchema, count: z.number().int() })),
    errors: ['NOT_FOUND'],
    needsUser: false,
  }),
};
