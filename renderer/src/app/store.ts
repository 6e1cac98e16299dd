import { create } from 'zustand';

/** The sections of the left navigation, in order. */
export const SECTIONS = ['library', 'editor', 'proof', 'quality', 'tags', 'layout', 'export'] as const;
export type Section = (typeof SECTIONS)[number];

export function isSection(value: string): value is Section {
  return (SECTIONS as readonly string[]).includes(value);
}

interface NavState {
  section: Section;
  go(section: Section): void;
}

/** Which section the main area shows. */
export const useNav = create<NavState>((set) => ({
  section: 'library',
  go: (section) => set({ section }),
}));
