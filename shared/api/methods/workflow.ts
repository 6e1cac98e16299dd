import { z } from 'zod';
import { OverrideRecordSchema } from '../../model/workflow-override';
import { method } from '../define';

const Id = z.number().int().positive();

export const workflowMethods = {
  'workflow.overrides': method({
    summary: 'Every workflow rule set aside for a story (送签 with open corrections, 初审 before the rounds, unsigned export): who, when, why.',
    params: z.object({ storyId: Id }).strict(),
    result: z.array(OverrideRecordSchema),
    errors: ['NOT_FOUND'],
    needsUser: false,
  }),
};
