import { create } from 'zustand';
import type { ImageSummary } from '../../../../shared/api/methods/images';
import { base64ToBytes, fileToBase64 } from '../../api/base64';
import { api } from '../../api/connection';
import { errorText } from '../../api/error-text';
import { useLang } from '../../i18n/store';

interface ImagesState {
  images: ImageSummary[];
  /** Object URLs of pictures already fetched for the screen, by image id. */
  urls: Record<number, string>;
  error: string | null;
  busy: boolean;
  load(): Promise<void>;
  /** Read each file's bytes in the window and hand them to the core (never a path). */
  importFiles(files: readonly File[]): Promise<void>;
  /** Fetch a picture's bytes once and keep an object URL for painting it. */
  ensureUrls(ids: readonly number[]): Promise<void>;
}

const pending = new Set<number>();

/** The picture library of the layout desk. */
export const useImages = create<ImagesState>((set, get) => ({
  images: [],
  urls: {},
  error: null,
  busy: false,
  async load() {
    set({ images: await api().call('images.list', {}) });
  },
  async importFiles(files) {
    set({ busy: true, error: null });
    // One file too large (or unreadable) must not keep the others out: each is tried, each refusal named.
    const refused: string[] = [];
    try {
      for (const f of files) {
        try {
          await api().call('images.import', { file: { name: f.name || 'image', dataBase64: await fileToBase64(f, 'image') } });
        } catch (e) {
          refused.push(errorText(e, useLang.getState().lang));
        }
      }
    } finally {
      if (refused.length) set({ error: refused.join('\n') });
      set({ busy: false });
      await get().load();
    }
  },
  async ensureUrls(ids) {
    const want = ids.filter((id) => !get().urls[id] && !pending.has(id));
    if (!want.length) return;
    want.forEach((id) => pending.add(id));
    try {
      const got = await Promise.all(
        want.map(async (id) => {
          const d = await api().call('images.data', { id }).catch(() => null);
          return d ? ([id, URL.createObjectURL(new Blob([base64ToBytes(d.dataBase64)], { type: d.format === 'png' ? 'image/png' : 'image/jpeg' }))] as const) : null;
        }),
      );
      const next = { ...get().urls };
      for (const g of got) if (g) next[g[0]] = g[1];
      set({ urls: next });
    } finally {
      want.forEach((id) => pending.delete(id));
    }
  },
}));
