import { z } from 'zod';

/** What another desk changed: which view should fetch again. */
export const DATA_TOPICS = ['story', 'proofing', 'layout', 'tags', 'images'] as const;
export const DataTopicSchema = z.enum(DATA_TOPICS);
export type DataTopic = z.infer<typeof DataTopicSchema>;

export const DataChangeSchema = z.object({
  topic: DataTopicSchema,
  /** The story whose text, status, corrections, reviews or tags changed, where one did. */
  storyId: z.number().int().optional(),
  /** The page whose frames or settings changed, where one did (absent: any page may have). */
  pageId: z.number().int().optional(),
  /** Who made the change (null: nobody chosen, e.g. a CLI run). */
  by: z.number().int().nullable(),
});
export type DataChange = z.infer<typeof DataChangeSchema>;
