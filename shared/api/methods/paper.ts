import { z } from 'zod';
import { PaperSettingsSchema } from '../../model/paper-settings';
import { method } from '../define';

export const paperMethods = {
  'paper.settings': method({
    summary: 'The paper’s 报头 data: 报名, 刊号 (CN xx-xxxx), 主办单位 and further masthead lines.',
    params: z.object({}).strict(),
    result: PaperSettingsSchema,
    errors: [],
    needsUser: false,
  }),
  'paper.setSettings': method({
    summary: 'Set the paper’s 报头 data once: every issue’s masthead reads it (an issue keeps only what was typed for it alone).',
    params: PaperSettingsSchema,
    result: PaperSettingsSchema,
    errors: ['NO_USER', 'FORBIDDEN'],
    needsUser: true,
  }),
};
