import type { MethodName, ParamsIn, Result } from './contract';
import type { Envelope } from './envelope';
import { BanxinError, type ApiError } from './errors';

/** Anything that can carry one call to the core and bring back its envelope. */
export type Transport = (method: string, params: unknown) => Promise<Envelope>;

/** Raised on the calling side when the core answered with a typed error. */
export class ApiCallError extends Error {
  readonly error: ApiError;
  constructor(error: ApiError) {
    super(`${error.code}: ${error.messageEn}`);
    this.name = 'ApiCallError';
    this.error = error;
  }
}

export interface Client {
  call<M extends MethodName>(method: M, params: ParamsIn<M>): Promise<Result<M>>;
}

/** A typed client over any transport: the same for the renderer, the CLI and the tests. */
export function createClient(transport: Transport): Client {
  return {
    async call(method, params) {
      const envelope = await transport(method, params);
      if (envelope.ok) return envelope.result as never;
      throw new ApiCallError(envelope.error);
    },
  };
}

export { BanxinError };
