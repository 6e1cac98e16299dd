import type { Finding } from '../../../../shared/proof/types';
import type { StoryContent } from '../../../../shared/model/story';
import type { HeaderField } from './store';

/** The header lines live checking reads: the three headline roles, where an error is the most visible on the page. */
export const CHECKED_HEADER_FIELDS = ['kicker', 'headline', 'subhead'] as const satisfies readonly HeaderField[];
export type CheckedHeaderField = (typeof CHECKED_HEADER_FIELDS)[number];

/** A finding in one header field, with the text it was found in (a fix applies only to that text). */
export interface HeaderFinding extends Pick<Finding, 'start' | 'end' | 'category' | 'message' | 'suggestion' | 'severity'> {
  field: CheckedHeaderField;
  text: string;
}

/**
 * Checks each headline field as one paragraph of its own (`check` is the checker's per-paragraph
 * entry point with the newsroom's lists bound). Empty fields give nothing.
 */
export function headerFindings(content: Pick<StoryContent, CheckedHeaderField>, check: (paragraph: string) => readonly Finding[]): HeaderFinding[] {
  return CHECKED_HEADER_FIELDS.flatMap((field) => {
    const text = content[field];
    if (text.trim() === '') return [];
    return check(text).map((f) => ({ field, text, start: f.start, end: f.end, category: f.category, message: f.message, suggestion: f.suggestion, severity: f.severity }));
  });
}

/** The field's text with the finding's suggestion applied, or null when the field has changed since it was checked. */
export function applyHeaderFix(current: string, f: HeaderFinding): string | null {
  if (current !== f.text) return null;
  return current.slice(0, f.start) + f.suggestion + current.slice(f.end);
}
