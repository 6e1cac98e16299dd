import { z } from 'zod';
import { DateSchema, FramePropsSchema, FrameRoleSchema, FrameSchema, IssueSchema, PageSchema } from '../../model/layout';
import { HEADLINE_RANKS } from '../../model/headline-typography';
import { PageTemplateSchema } from '../../layout/templates';
import { StoryContentSchema } from '../../model/story';
import { method } from '../define';

const Id = z.number().int().positive();
const Mm = z.number().min(-100).max(2000);
const Size = z.number().positive().max(2000);
const Short = z.string().trim().max(60);

const InkSchema = z.object({ cmyk: z.tuple([z.number(), z.number(), z.number(), z.number()]).readonly() });
const DisplayItemSchema = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('text'), text: z.string(), fontId: z.string(), size: z.number(), scaleX: z.number(), x: z.array(z.number()), y: z.number(),
    color: InkSchema, yEach: z.array(z.number()).optional(), rotate: z.array(z.number()).optional(), hidden: z.boolean().optional(), frameId: z.number().optional(), storyId: z.number().optional(),
  }),
  z.object({ kind: z.literal('rule'), x1: z.number(), y1: z.number(), x2: z.number(), y2: z.number(), width: z.number(), color: InkSchema, style: z.enum(['solid', 'double', 'dashed']).optional() }),
  z.object({ kind: z.literal('rect'), x: z.number(), y: z.number(), w: z.number(), h: z.number(), stroke: InkSchema.optional(), strokeWidth: z.number().optional(), fill: InkSchema.optional() }),
  z.object({
    kind: z.literal('image'), imageId: z.number(), x: z.number(), y: z.number(), w: z.number(), h: z.number(),
    clip: z.object({ x: z.number(), y: z.number(), w: z.number(), h: z.number() }).optional(), frameId: z.number().optional(),
  }),
]);
export const PageDisplayListSchema = z.object({
  pageId: z.number(),
  number: z.number(),
  width: z.number(),
  height: z.number(),
  bleed: z.number(),
  items: z.array(DisplayItemSchema),
  frames: z.array(
    z.object({
      id: z.number(), storyId: z.number().nullable(), role: z.string(), x: z.number(), y: z.number(), w: z.number(), h: z.number(),
      overset: z.object({ chars: z.number(), lines: z.number() }).optional(),
      ppi: z.number().optional(),
    }),
  ),
  warnings: z.array(z.object({ kind: z.string(), message: z.string(), frameId: z.number().optional(), storyId: z.number().optional() })),
  fonts: z.array(z.string()),
  fill: z.object({ share: z.number(), rows: z.number(), emptyFoot: z.array(z.number()) }).optional(),
});

const FrameGeometry = z.object({ x: Mm, y: Mm, w: Size, h: Size });

const PlaceParams = z
  .object({
    pageId: Id,
    storyId: Id,
    column: z.number().int().min(0).max(19),
    row: z.number().int().min(0).max(500),
    columns: z.number().int().min(1).max(20),
    /** Grid lines of the headline frame; absent: as many as its content takes. */
    headlineRows: z.number().int().min(0).max(100).optional(),
    bodyRows: z.number().int().min(1).max(500),
    rank: z.enum(HEADLINE_RANKS).optional(),
  })
  .strict();

export const layoutMethods = {
  'layout.templates': method({
    summary: 'Page templates (对开 broadsheet, 四开 tabloid) with their grids.',
    params: z.object({}).strict(),
    result: z.array(PageTemplateSchema),
    errors: [],
    needsUser: false,
  }),
  'issues.list': method({
    summary: 'Editions, newest first, with their page plans.',
    params: z.object({}).strict(),
    result: z.array(IssueSchema),
    errors: [],
    needsUser: false,
  }),
  'issues.get': method({
    summary: 'One edition with its page plan.',
    params: z.object({ id: Id }).strict(),
    result: IssueSchema,
    errors: ['NOT_FOUND'],
    needsUser: false,
  }),
  'issues.create': method({
    summary: 'A new edition for a date; its pages from templates, 报头 on page 1 and 报眉 on the others placed automatically.',
    params: z
      .object({
        date: DateSchema,
        number: z.number().int().min(1).max(100_000).optional(),
        totalNumber: z.number().int().min(1).max(1_000_000).optional(),
        paperName: Short.min(1).optional(),
        publisher: Short.optional(),
        cnNumber: Short.optional(),
        pages: z.array(z.object({ name: Short, template: z.enum(['broadsheet', 'broadsheet-wuhao', 'tabloid']).default('broadsheet') }).strict()).min(1).max(64).optional(),
      })
      .strict(),
    result: IssueSchema,
    errors: ['NO_USER', 'CONFLICT', 'FORBIDDEN'],
    needsUser: true,
  }),
  'pages.update': method({
    summary: 'The page plan entry: 版名 and who is responsible (责任编辑, 美编, 校对).',
    params: z.object({ id: Id, name: Short.optional(), editor: Short.optional(), designer: Short.optional(), proofreader: Short.optional() }).strict(),
    result: PageSchema,
    errors: ['NO_USER', 'NOT_FOUND'],
    needsUser: true,
  }),
  'frames.list': method({
    summary: 'Every frame on a page.',
    params: z.object({ pageId: Id }).strict(),
    result: z.array(FrameSchema),
    errors: ['NOT_FOUND'],
    needsUser: false,
  }),
  'frames.create': method({
    summary: 'Add a frame (a rule, a box, a continuation of a story’s thread …).',
    params: FrameGeometry.extend({
      pageId: Id,
      role: FrameRoleSchema,
      storyId: Id.nullable().default(null),
      chain: z.number().int().min(0).max(10_000).optional(),
      props: FramePropsSchema.default({}),
    }).strict(),
    result: FrameSchema,
    errors: ['NO_USER', 'NOT_FOUND', 'LOCKED'],
    needsUser: true,
  }),
  'frames.update': method({
    summary: 'Move, resize or restyle frames in one step (one undoable layout action).',
    params: z
      .object({
        frames: z.array(FrameGeometry.partial().extend({ id: Id, chain: z.number().int().min(0).max(10_000).optional(), props: FramePropsSchema.optional() }).strict()).min(1).max(500),
      })
      .strict(),
    result: z.array(FrameSchema),
    errors: ['NO_USER', 'NOT_FOUND', 'LOCKED'],
    needsUser: true,
  }),
  'frames.delete': method({
    summary: 'Remove frames; a story loses only its place on the page, never its text.',
    params: z.object({ ids: z.array(Id).min(1).max(500) }).strict(),
    result: z.object({ deleted: z.number().int() }),
    errors: ['NO_USER', 'LOCKED'],
    needsUser: true,
  }),
  'frames.restore': method({
    summary: 'Put back deleted frames exactly as they were (undo of a deletion).',
    params: z.object({ frames: z.array(FrameSchema).min(1).max(500) }).strict(),
    result: z.array(FrameSchema),
    errors: ['NO_USER', 'NOT_FOUND', 'CONFLICT', 'LOCKED'],
    needsUser: true,
  }),
  'layout.placeStory': method({
    summary:
      'Place a story on a page: a headline block spanning the columns (as tall as its content unless headlineRows is given) and body frames beneath, snapped to the grid. A story already placed in the issue is refused (ALREADY_PLACED): continue it (layout.continueStory) or move it (layout.moveStory) instead.',
    params: PlaceParams,
    result: z.array(FrameSchema),
    errors: ['NO_USER', 'NOT_FOUND', 'ALREADY_PLACED', 'LOCKED'],
    needsUser: true,
  }),
  'layout.continueStory': method({
    summary: '转版: continue a placed story on another page — a 转版标题 (short headline, editable) over body frames that join the end of its thread, with 下转/上接 lines.',
    params: PlaceParams.omit({ headlineRows: true, rank: true }).extend({ jumpTitle: z.string().trim().max(60).optional() }).strict(),
    result: z.array(FrameSchema),
    errors: ['NO_USER', 'NOT_FOUND', 'CONFLICT', 'LOCKED'],
    needsUser: true,
  }),
  'layout.moveStory': method({
    summary: 'Move a placed story to a page: its frames everywhere in the issue are removed and it is placed here afresh (one undoable step).',
    params: PlaceParams,
    result: z.object({ created: z.array(FrameSchema), removed: z.array(FrameSchema) }),
    errors: ['NO_USER', 'NOT_FOUND', 'LOCKED'],
    needsUser: true,
  }),
  'layout.placements': method({
    summary: 'Where each story of an issue is placed: its pages (版次), in page order. Stories not listed are unplaced.',
    params: z.object({ issueId: Id }).strict(),
    result: z.array(z.object({ storyId: z.number().int(), pages: z.array(z.number().int()) })),
    errors: ['NOT_FOUND'],
    needsUser: false,
  }),
  'layout.frontPage': method({
    summary: 'Lay out a front page from four stories — 头条 with its headline across the page, a commentary, a news item and a box — each frame sized by copyfit so nothing oversets.',
    params: z.object({ pageId: Id, lead: Id, commentary: Id.optional(), news: Id.optional(), box: Id.optional() }).strict(),
    result: z.array(FrameSchema),
    errors: ['NO_USER', 'NOT_FOUND', 'LOCKED'],
    needsUser: true,
  }),
  'layout.copyfit': method({
    summary:
      'Copyfit of a story in its frames, from the same composer pass as the page: 超 N 字 / N 行, or 还差 N 字. With `content` (the editor’s unsaved draft) it is counted as typed, before any save.',
    params: z.object({ storyId: Id, content: StoryContentSchema.optional() }).strict(),
    result: z.object({
      placed: z.boolean(),
      frames: z.number().int(),
      overChars: z.number().int(),
      overLines: z.number().int(),
      underChars: z.number().int(),
      underLines: z.number().int(),
    }),
    errors: ['NOT_FOUND'],
    needsUser: false,
  }),
  'layout.page': method({
    summary: 'A page composed by the composer into its display list: what the screen paints and the PDF prints.',
    params: z.object({ pageId: Id }).strict(),
    result: PageDisplayListSchema,
    errors: ['NOT_FOUND'],
    needsUser: false,
  }),
};
