/** The colour of each live-check family, shared by the underlines' tips and the headline list. */
export const LIVE_GROUP_COLOURS = { punct: '#1d4ed8', space: '#7c3aed', word: '#c8102e', number: '#b45309', policy: '#be185d' } as const;
