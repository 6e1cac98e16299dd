import { create } from 'zustand';
import type { ImageSummary } from '../../../../shared/api/methods/images';
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

/** Bytes to base64 in slices (a whole photo at once would overflow the argument list). */
function toBase64(bytes: Uint8Array): string {
  let s = '';
  for (let i = 0; i < bytes.length; i += 0x8000) s += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(s);
}

function fromBase64(b64: string): Uint8Array<ArrayBuffer> {
  const s = atob(b64);
  const out = new Uint8Array(s.length);
  for (let i = 0; i < s.length; i++) out[i] = s.charCodeAt(i);
  return out;
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
    try {
      for (const f of files) {
        const bytes = new Uint8Array(await f.arrayBuffer());
        await api().call('images.import', { file: { name: f.name || 'image', dataBase64: toBase64(bytes) } });
      }
    } catch (e) {
      set({ error: errorText(e, useLang.getState().lang) });
    } finally {
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
          return d ? ([id, URL.createObjectURL(new Blob([fromBase64(d.dataBase64)], { type: d.format === 'png' ? 'image/png' : 'image/jpeg' }))] as const) : null;
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
