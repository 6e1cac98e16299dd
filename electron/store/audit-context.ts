import { AsyncLocalStorage } from 'node:async_hooks';

/**
 * Where the call being served came from (the desk's network address), for every audit entry it
 * writes. Carried by the async context of the call rather than through every service's signature:
 * a background job a call started (an export) still records the desk that started it.
 */
const desk = new AsyncLocalStorage<{ address: string }>();

export function withDeskAddress<T>(address: string | undefined, fn: () => T): T {
  return desk.run({ address: address ?? '' }, fn);
}

/** The address of the desk whose call is running; '' on a single desk or outside any call. */
export function currentDeskAddress(): string {
  return desk.getStore()?.address ?? '';
}
