import { describe, expect, it } from 'vitest';
import { effectivePpi, fitPicture } from '../../../shared/layout/image-frame';
import { displayListToSvg } from '../../../shared/render/display-list-svg';
import type { PageDisplayList } from '../../../shared/model/display-list';

const area = { x: 100, y: 50, w: 200, h: 100 };
const px = { width: 400, height: 400 };

describe('fitting a picture into its frame', () => {
  it("'fill' covers the area, centred; 'fit' shows all of it, centred", () => {
    expect(fitPicture(area, px, { fit: 'fill' })).toEqual({ x: 100, y: 0, w: 200, h: 200 });
    expect(fitPicture(area, px, { fit: 'fit' })).toEqual({ x: 150, y: 50, w: 100, h: 100 });
    expect(fitPicture(area, px, {})).toEqual(fitPicture(area, px, { fit: 'fill' }));
  });

  it("'crop' enlarges and moves, but never uncovers the area; offsets are ignored by 'fill'", () => {
    const mm = 72 / 25.4;
    expect(fitPicture(area, px, { fit: 'crop', cropScale: 2, cropX: 10, cropY: 5 })).toEqual({ x: Math.round((-0 + 10 * mm) * 1000) / 1000, y: Math.round((-100 + 5 * mm) * 1000) / 1000, w: 400, h: 400 });
    // Pushed far: stops with its edge at the area's edge.
    const far = fitPicture(area, px, { fit: 'crop', cropScale: 1, cropX: 0, cropY: 1000 });
    expect(far.y).toBe(area.y);
    const farUp = fitPicture(area, px, { fit: 'crop', cropScale: 1, cropY: -1000 });
    expect(farUp.y + farUp.h).toBe(area.y + area.h);
    expect(fitPicture(area, px, { fit: 'fill', cropX: 50 })).toEqual(fitPicture(area, px, { fit: 'fill' }));
  });

  it('effective resolution is pixels per inch drawn, the lower axis', () => {
    expect(effectivePpi({ width: 300, height: 600 }, { w: 72, h: 72 })).toBe(300);
    expect(effectivePpi({ width: 1200, height: 900 }, { w: 144, h: 144 })).toBe(450);
  });

  it('the screen painter clips a cropped picture to its area, and draws a placeholder over the area without a URL', () => {
    const list: PageDisplayList = {
      pageId: 1, number: 1, width: 400, height: 400, bleed: 0, frames: [], warnings: [], fonts: [],
      items: [{ kind: 'image', imageId: 3, x: 100, y: 0, w: 200, h: 200, clip: area, frameId: 9 }],
    };
    const svg = displayListToSvg(list, { fontUrl: () => '', imageUrl: (id) => `blob:x/${id}` });
    expect(svg).toContain('<svg x="100" y="50" width="200" height="100" viewBox="100 50 200 100" overflow="hidden"><image x="100" y="0" width="200" height="200" preserveAspectRatio="none" href="blob:x/3" data-frame-id="9"/></svg>');
    const bare = displayListToSvg(list, { fontUrl: () => '' });
    expect(bare).toContain('<rect x="100" y="50" width="200" height="100" fill="#e6e6e6"');
  });
});
