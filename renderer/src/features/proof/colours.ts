/** Each proof round marks in its own ink, as proofreaders do with pens: 一校 red, 二校 blue, 三校 green. */
export const ROUND_COLOURS: Record<number, string> = { 1: '#c8102e', 2: '#1d4ed8', 3: '#15803d' };

export const roundColour = (round: number): string => ROUND_COLOURS[round] ?? '#595959';

// Distinct, print-safe hues for the person badges; a person keeps theirs in every round.
const PERSON_COLOURS = ['#7c3aed', '#b45309', '#0e7490', '#be185d', '#4d7c0f', '#9a3412', '#1e40af', '#6b21a8'];

/** The badge colour of a person, stable for their user id. */
export const personColour = (userId: number): string => PERSON_COLOURS[Math.abs(userId) % PERSON_COLOURS.length]!;

/**
 * The badge text of a person: the last character of the display name (astral-safe). In a newsroom
 * the family name or role prefix is often shared (王, 校对…); the last character tells people apart.
 */
export const personInitial = (name: string): string => [...name].at(-1) ?? '?';
