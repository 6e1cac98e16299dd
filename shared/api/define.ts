import type { z } from 'zod';
import type { ErrorCode } from './errors';

/** One contract method: its params and result schemas and the typed errors it may raise. */
export interface MethodSpec<P extends z.ZodType = z.ZodType, R extends z.ZodType = z.ZodType> {
  params: P;
  result: R;
  errors: readonly ErrorCode[];
  /** Methods that change data need an acting user (recorded in the audit log). */
  needsUser: boolean;
  summary: string;
}

export function method<P extends z.ZodType, R extends z.ZodType>(spec: MethodSpec<P, R>): MethodSpec<P, R> {
  return spec;
}
