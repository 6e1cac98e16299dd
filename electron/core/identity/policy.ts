/** How sign-in behaves: tests and a newsroom's server may tune it, the defaults suit a county paper. */
export interface SignInPolicy {
  /** A session unused this long lapses and its desk must sign in again. */
  idleMinutes: number;
  /** Wrong passwords (or PINs) in a row that lock the account … */
  maxFailures: number;
  /** … for this long (an administrator's password reset unlocks it at once). */
  lockMinutes: number;
}

export const DEFAULT_SIGN_IN_POLICY: SignInPolicy = {
  // A night shift with a long break in it; the next morning's shift signs in afresh.
  idleMinutes: 8 * 60,
  maxFailures: 5,
  lockMinutes: 15,
};

/** Don't write last-seen on every call: once a minute is precise enough for an idle limit in hours. */
export const TOUCH_EVERY_MS = 60_000;

export const addMinutes = (iso: string, minutes: number): string => new Date(Date.parse(iso) + minutes * 60_000).toISOString();
