import { z } from 'zod';

/**
 * 国内统一连续出版物号: "CN" and the two-digit region and four-digit serial, optionally the
 * classification after a slash (CN 33-0012/G). Stored as typed; the masthead prints it after its label.
 */
export const CN_NUMBER = /^CN\s?\d{2}-\d{4}(\/[A-Z0-9]{1,4})?$/;

/** The paper's own data for the 报头, set once in 报纸设置 and read by every issue's masthead. */
export const PaperSettingsSchema = z
  .object({
    /** 报名 */
    paperName: z.string().trim().min(1, '报名不能为空 / the paper needs a name').max(20),
    /** 国内统一连续出版物号, e.g. CN 33-0012; empty when the paper has none (内部资料). */
    cnNumber: z.union([z.literal(''), z.string().trim().regex(CN_NUMBER, '刊号应为 CN xx-xxxx（如 CN 33-0012）/ the CN number reads CN xx-xxxx')]),
    /** 主办单位, e.g. 中共永康市委. */
    publisher: z.string().trim().max(40),
    /** Further 报头 lines as the paper prints them: 邮发代号, 新闻热线, 网址 … */
    extraLines: z.array(z.string().trim().min(1).max(40)).max(4),
  })
  .strict();
export type PaperSettings = z.infer<typeof PaperSettingsSchema>;

export const DEFAULT_PAPER: PaperSettings = { paperName: '版心日报', cnNumber: '', publisher: '', extraLines: [] };

/** The 刊号 line of the masthead: the label before a bare "CN xx-xxxx". */
export function cnLine(cn: string): string {
  return CN_NUMBER.test(cn.trim()) ? `国内统一连续出版物号 ${cn.trim()}` : cn;
}

/** The 主办单位 line: "中共永康市委主办" — the word 主办 added unless it is there. */
export function publisherLine(p: string): string {
  const t = p.trim();
  return !t || t.endsWith('主办') ? t : `${t}主办`;
}
