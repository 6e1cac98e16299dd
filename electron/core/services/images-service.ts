import { createHash } from 'node:crypto';
import type { Handlers } from '../../../shared/api/dispatcher';
import { BanxinError } from '../../../shared/api/errors';
import { captionBlock } from '../../../shared/layout/image-frame';
import { gridOf } from '../../../shared/layout/templates';
import { mmToPt, ptToMm } from '../../../shared/model/display-list';
import { ImageHeaderError, MAX_IMAGE_BYTES, readImageHeader } from '../../images/image-header';
import { auditRepo } from '../../store/audit-repo';
import { isoNow } from '../../store/clock';
import { imagesRepo } from '../../store/images-repo';
import { layoutRepo } from '../../store/layout-repo';
import { write } from '../../store/write';
import type { EditLocks } from '../collab/edit-locks';
import { assertMayLayOut } from '../collab/page-lease-guard';
import type { CoreContext } from '../context';
import { templateOf } from './layout-service';

type ImageHandlers = Pick<Handlers, 'images.import' | 'images.list' | 'images.data' | 'layout.placeImage'>;

/** Pictures: import from bytes (header checked, stored once per content hash), list, read, place on a page. */
/** Pictures: importing and reading them is open; placing one changes a page, so a page lease held by another refuses it. */
export function imagesService(c: CoreContext, locks: Pick<EditLocks, 'assertMayWrite'>): ImageHandlers {
  return {
    'images.import': (p, ctx) => {
      // base64 of more than the limit is refused before decoding it.
      if (p.file.dataBase64.length > Math.ceil((MAX_IMAGE_BYTES * 4) / 3) + 4) {
        throw new BanxinError('IMAGE_INVALID', { zh: '图片文件过大（上限 40 MB）。', en: 'The image file is too large (at most 40 MB).', details: 'too-large' });
      }
      const bytes = Buffer.from(p.file.dataBase64, 'base64');
      let header;
      try {
        header = readImageHeader(bytes);
      } catch (err) {
        if (err instanceof ImageHeaderError) throw new BanxinError('IMAGE_INVALID', { zh: err.messageZh, en: err.message, details: err.reason });
        throw err;
      }
      const hash = createHash('sha256').update(bytes).digest('hex');
      return write(c.db, () => {
        const existing = imagesRepo.byHash(c.db, hash);
        if (existing) return { image: existing, duplicate: true };
        const id = imagesRepo.insert(
          c.db,
          { name: p.file.name, format: header.format, width: header.width, height: header.height, components: header.components, bitDepth: header.bitDepth, alpha: header.alpha, hash, createdAt: isoNow(c.clock) },
          bytes,
          ctx.session.userId,
        );
        auditRepo.record(c.db, { at: isoNow(c.clock), userId: ctx.session.userId, action: 'image.import', entity: 'image', entityId: id, detail: `${header.width}×${header.height} ${p.file.name}` });
        return { image: imagesRepo.get(c.db, id)!, duplicate: false };
      });
    },
    'images.list': () => imagesRepo.list(c.db),
    'images.data': (p) => {
      const image = imagesRepo.get(c.db, p.id);
      const data = imagesRepo.data(c.db, p.id);
      if (!image || !data) throw new BanxinError('NOT_FOUND');
      return { format: image.format, dataBase64: data.toString('base64') };
    },
    'layout.placeImage': (p, ctx) =>
      write(c.db, () => {
        const page = layoutRepo.page(c.db, p.pageId);
        const image = imagesRepo.get(c.db, p.imageId);
        if (!page || !image) throw new BanxinError('NOT_FOUND');
        assertMayLayOut(locks, [page.id], ctx.session.userId);
        const g = gridOf(templateOf(page));
        const col = Math.min(p.column, g.template.columns - 1);
        const span = Math.min(p.columns, g.template.columns - col);
        const row = Math.min(p.row, g.rows - 1);
        const w = g.spanWidth(span);
        // The picture at its proportions across the columns, its caption beneath, rounded up to whole grid lines.
        const caption = captionBlock(p.caption, p.credit, mmToPt(w), c.fonts().fontsFor);
        const wanted = (w * image.height) / image.width + ptToMm(caption.height);
        const rows = Math.max(2, Math.min(g.rows - row, Math.ceil(wanted / g.pitch - 1e-6)));
        const id = layoutRepo.insertFrame(c.db, {
          pageId: page.id, storyId: null, role: 'image', x: g.columnX(col), y: g.lineY(row), w, h: rows * g.pitch, chain: 0,
          props: { imageId: image.id, fit: 'fill', ...(p.caption ? { caption: p.caption } : {}), ...(p.credit ? { credit: p.credit } : {}) },
        });
        auditRepo.record(c.db, { at: isoNow(c.clock), userId: ctx.session.userId, action: 'image.place', entity: 'layout', entityId: id, detail: `image #${image.id} page ${page.number}` });
        return layoutRepo.frame(c.db, id)!;
      }),
  };
}
