import { displayListToSvg, svgFontFamily } from '../../../../shared/render';
import type { PageDisplayList } from '../../../../shared/model/display-list';

/** The font URL the web host and Electron serve for a composer font id. */
export const fontUrl = (id: string): string => `fonts/${id}`;

/**
 * The page as SVG markup for insertion into the document. The painter's own `<style>` (its
 * @font-face rules) is dropped: the CSP refuses inline styles without a nonce, so fonts are
 * registered through the FontFace API instead and the text rules live in layout.css.
 */
export function pageSvgMarkup(list: PageDisplayList, imageUrls: Readonly<Record<number, string>> = {}, text: 'paint' | 'elsewhere' = 'paint'): string {
  return stripStyle(displayListToSvg(list, { fontUrl, imageUrl: (id) => imageUrls[id], text }));
}

/** The pictures a page shows (to fetch them before painting). */
export const imageIdsOf = (list: PageDisplayList): number[] => [...new Set(list.items.flatMap((i) => (i.kind === 'image' ? [i.imageId] : [])))];

/** Remove `<style>…</style>` elements from painter output. */
export function stripStyle(svg: string): string {
  return svg.replace(/<style>[\s\S]*?<\/style>/g, '');
}

const registered = new Map<string, Promise<void>>();

/** Register the composer's fonts with the document once each; resolves when they are usable. */
export function ensureFonts(ids: readonly string[]): Promise<void> {
  const fonts = globalThis.document?.fonts;
  if (!fonts || typeof FontFace === 'undefined') return Promise.resolve();
  const waits = ids.map((id) => {
    let p = registered.get(id);
    if (!p) {
      const face = new FontFace(svgFontFamily(id), `url(${fontUrl(id)})`);
      fonts.add(face);
      // A font that fails to load leaves the fallback in place; the page still paints.
      p = face.load().then(
        () => undefined,
        () => undefined,
      );
      registered.set(id, p);
    }
    return p;
  });
  return Promise.all(waits).then(() => undefined);
}

/**
 * The page's text in reading order of the display list, for a visually hidden element beside the
 * canvas: the text stays in the document (find in page, assistive tools, tests) at the cost of one
 * text node instead of a positioned element per run.
 */
export function pageTextContent(list: PageDisplayList): string {
  return list.items.flatMap((i) => (i.kind === 'text' ? [i.text] : [])).join('');
}
