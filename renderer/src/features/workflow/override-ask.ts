import { ApiCallError } from '../../../../shared/api/client';
import { OVERRIDE_RULES, type OverrideRule } from '../../../../shared/model/workflow-override';

/**
 * A rule the core would not pass without a reason, and what to do once one is given. The core's
 * CONFLICT names the rule in `details.override`; the window asks and calls again with the reason.
 */
export interface OverrideAsk {
  rule: OverrideRule;
  /** What stands in the way, in the UI language. */
  message: string;
  /** Call again with the reason; resolves when done (errors are the caller's to show). */
  run: (reason: string) => Promise<void>;
}

/** The rule a refused call names as one that may be set aside with a reason, else null. */
export function overrideRuleOf(err: unknown): OverrideRule | null {
  if (!(err instanceof ApiCallError) || err.error.code !== 'CONFLICT') return null;
  const d = err.error.details as { override?: unknown } | undefined;
  return OVERRIDE_RULES.find((r) => r === d?.override) ?? null;
}
