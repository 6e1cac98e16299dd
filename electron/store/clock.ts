/** Time source for stored timestamps; tests pass a fixed one. */
export type Clock = () => Date;
export const systemClock: Clock = () => new Date();
export const isoNow = (clock: Clock): string => clock().toISOString();
