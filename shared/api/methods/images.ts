import { z } from 'zod';
import { FrameSchema } from '../../model/layout';
import { method } from '../define';
import { IncomingFileSchema } from './intake';

const Id = z.number().int().positive();

/** A stored picture: what its header says, and the SHA-256 of its bytes. */
export const ImageSummarySchema = z.object({
  id: z.number().int(),
  name: z.string(),
  format: z.enum(['jpeg', 'png']),
  width: z.number().int(),
  height: z.number().int(),
  components: z.number().int(),
  bitDepth: z.number().int(),
  alpha: z.boolean(),
  byteLength: z.number().int(),
  hash: z.string(),
  createdAt: z.string(),
});
export type ImageSummary = z.infer<typeof ImageSummarySchema>;

export const imagesMethods = {
  'images.import': method({
    summary: 'Store a JPEG or PNG handed over as bytes (never a path); the same bytes again give the stored picture back.',
    params: z.object({ file: IncomingFileSchema }).strict(),
    result: z.object({ image: ImageSummarySchema, duplicate: z.boolean() }),
    errors: ['IMAGE_INVALID', 'NO_USER', 'STORAGE_FULL', 'STORAGE_ERROR'],
    needsUser: true,
  }),
  'images.list': method({
    summary: 'Every stored picture, newest first.',
    params: z.object({}).strict(),
    result: z.array(ImageSummarySchema),
    errors: [],
    needsUser: false,
  }),
  'images.data': method({
    summary: 'A picture’s bytes (base64) for the screen.',
    params: z.object({ id: Id }).strict(),
    result: z.object({ format: z.enum(['jpeg', 'png']), dataBase64: z.string() }),
    errors: ['NOT_FOUND'],
    needsUser: false,
  }),
  'layout.placeImage': method({
    summary: 'Place a picture on a page at a grid cell, spanning columns; the frame’s height follows the picture’s proportions plus room for its caption.',
    params: z
      .object({
        pageId: Id,
        imageId: Id,
        column: z.number().int().min(0).max(19),
        row: z.number().int().min(0).max(500),
        columns: z.number().int().min(1).max(20),
        caption: z.string().max(2000).default(''),
        credit: z.string().max(100).default(''),
      })
      .strict(),
    result: FrameSchema,
    errors: ['NO_USER', 'NOT_FOUND', 'LOCKED'],
    needsUser: true,
  }),
};
