import { isSection, type Section } from './store';

/** Where the window is: a section, and for the editor the open story. Kept in the URL hash so a reload returns there. */
export interface Route {
  section: Section;
  storyId?: number;
}

export function parseHash(hash: string): Route {
  const [name = '', id] = hash.replace(/^#\/?/, '').split('/');
  const section = isSection(name) ? name : 'library';
  const storyId = Number(id);
  return section === 'editor' && Number.isSafeInteger(storyId) && storyId > 0 ? { section, storyId } : { section };
}

export function formatHash(route: Route): string {
  return route.storyId ? `#/${route.section}/${route.storyId}` : `#/${route.section}`;
}
