import { z } from 'zod';

/**
 * The workflow rules a person may knowingly set aside, always with a reason that is recorded
 * (who, when, why) in the audit log and shown wherever the rule's outcome is shown.
 */
export const OVERRIDE_RULES = ['send-with-open-corrections', 'first-review-before-rounds', 'export-unsigned'] as const;
export const OverrideRuleSchema = z.enum(OVERRIDE_RULES);
export type OverrideRule = z.infer<typeof OverrideRuleSchema>;

export const OVERRIDE_LABELS: Record<OverrideRule, { zh: string; en: string }> = {
  'send-with-open-corrections': { zh: '带未处理校对修改送签', en: 'Sent for sign-off with open corrections' },
  'first-review-before-rounds': { zh: '校次未完成即初审', en: 'First review before the proof rounds were complete' },
  'export-unsigned': { zh: '未签发版面强制输出', en: 'Unsigned page exported' },
};

/** What a caller sends to set a rule aside: the reason, in the person's own words. */
export const OverrideParamsSchema = z
  .object({
    // Characters, not UTF-16 units: a reason of one supplementary character is still one character.
    reason: z.string().trim().max(500).refine((r) => [...r].length >= 2, '请写明理由（至少两个字）/ give a reason'),
  })
  .strict();
export type OverrideParams = z.infer<typeof OverrideParamsSchema>;

/** An override as recorded: the rule, the person, the moment and the reason. */
export const OverrideRecordSchema = z.object({
  id: z.number().int(),
  rule: OverrideRuleSchema,
  userId: z.number().int().nullable(),
  userName: z.string(),
  at: z.string(),
  reason: z.string(),
});
export type OverrideRecord = z.infer<typeof OverrideRecordSchema>;
