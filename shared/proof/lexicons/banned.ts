import { entry } from './entry';
import type { LexiconEntry } from './types';

const XINHUA = '新华社《新闻信息报道中的禁用词和慎用词》（本报改写）';

/** Shipped 禁用词/慎用词 list, rewritten in-house as rules. Review is always needed. */
export function defaultBanned(): LexiconEntry[] {
  return [
    entry('村长', '村委会主任', XINHUA, {
      alternatives: ['村主任'],
      // 农村长期、乡村长廊 … are other words that merely contain 村长
      notBefore: '[农乡山渔古新]',
      notAfter: '[廊效久远江征城沙春]',
      note: '“村长”不是法定职务名称，应称“村委会主任”或“村主任”。',
    }),
    entry('残废人', '残疾人', XINHUA, { note: '对残疾人不使用歧视性称谓，应称“残疾人”。' }),
    entry('瞎子', '盲人', XINHUA, { note: '不使用歧视性称谓，应称“盲人”。' }),
    entry('聋子', '聋人', XINHUA, { note: '不使用歧视性称谓，应称“聋人”。' }),
    entry('哑巴', '哑人', XINHUA, { notAfter: '亏', note: '不使用歧视性称谓，应称“哑人”。' }),
    entry('瘸子', '肢体残疾人', XINHUA, { note: '不使用歧视性称谓，应称“肢体残疾人”。' }),
    entry('弱智', '智力障碍', XINHUA, { note: '不使用歧视性称谓，应称“智力障碍者”。' }),
    entry('法人代表', '法定代表人', XINHUA, { note: '法律用语为“法定代表人”，不用“法人代表”。' }),
    entry('北朝鲜', '朝鲜', XINHUA, { note: '应称“朝鲜”。' }),
    entry('南朝鲜', '韩国', XINHUA, { note: '应称“韩国”。' }),
    entry('外蒙古', '蒙古国', XINHUA, { note: '应称“蒙古国”。' }),
    entry('回教', '伊斯兰教', XINHUA, { note: '应称“伊斯兰教”。' }),
    entry('蒙古大夫', '庸医', XINHUA, { note: '含民族歧视意味，不使用。' }),
  ];
}
