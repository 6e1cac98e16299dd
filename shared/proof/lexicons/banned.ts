import { entry } from './entry';
import type { LexiconEntry } from './types';

const XINHUA = '新华社《新闻信息报道中的禁用词和慎用词》（本报改写）';

/** 社会生活类: 对有身体伤疾的人士不使用蔑称；村委会主任不称“村长”；法律用语。 */
function socialLife(): LexiconEntry[] {
  return [
    entry('村长', '村委会主任', XINHUA, {
      alternatives: ['村主任'],
      // 农村长期、乡村长廊、该村长期坚持、在村长大 … are other words that merely contain 村长
      notBefore: '[农乡山渔古新]',
      notAfter: '[廊效久远江征城沙春期大势寿]',
      note: '新华社禁用词：“村长”不是法定职务名称，应称“村委会主任”或“村主任”。',
    }),
    entry('残废人', '残疾人', XINHUA, { note: '新华社禁用词：对有身体伤疾的人士不使用“残废人”等蔑称，应称“残疾人”。' }),
    entry('独眼龙', '视力残疾人', XINHUA, { note: '新华社禁用词：对有身体伤疾的人士不使用“独眼龙”等蔑称。' }),
    entry('瞎子', '盲人', XINHUA, { note: '新华社禁用词：不使用“瞎子”等蔑称，应称“盲人”。' }),
    entry('聋子', '聋人', XINHUA, { note: '新华社禁用词：不使用“聋子”等蔑称，应称“聋人”。' }),
    entry('哑巴', '哑人', XINHUA, { notAfter: '亏', note: '新华社禁用词：不使用“哑巴”等蔑称，应称“哑人”。' }),
    entry('瘸子', '肢体残疾人', XINHUA, { note: '新华社禁用词：不使用“瘸子”等蔑称，应称“肢体残疾人”。' }),
    // 弱智者 / 弱智儿童 …: the whole word is the slur; 弱智化 (of programmes) is not about people
    entry('弱智', '智力障碍', XINHUA, { notAfter: '化', note: '新华社禁用词：不使用“弱智”等蔑称，应称“智力障碍者”。' }),
    // 书呆子 is no slur on a disability
    entry('呆子', '智力障碍者', XINHUA, { notBefore: '[书]', note: '新华社禁用词：对有身体伤疾的人士不使用“呆子”等蔑称。' }),
    entry('法人代表', '法定代表人', XINHUA, { note: '新华社禁用词（法律类）：法律用语为“法定代表人”，不用“法人代表”。' }),
    // 电影帝国 is 电影 + 帝国
    entry('影帝', '著名演员', XINHUA, { notBefore: '电', note: '新华社禁用词：对文艺界人士不使用“影帝”“影后”“巨星”“天王”等，可称“著名演员”。' }),
  ];
}

/** 民族宗教类: 民族简称与宗教称谓。 */
function ethnicReligious(): LexiconEntry[] {
  return [
    entry('蒙族', '蒙古族', XINHUA, { note: '新华社禁用词：不能随意使用民族简称，“蒙古族”不简称“蒙族”。' }),
    entry('维族', '维吾尔族', XINHUA, { notBefore: '[思纤]', note: '新华社禁用词：不能随意使用民族简称，“维吾尔族”不简称“维族”。' }),
    entry('回教', '伊斯兰教', XINHUA, { note: '新华社禁用词：应称“伊斯兰教”。' }),
    entry('穆斯林国家', '伊斯兰国家', XINHUA, { note: '新华社禁用词：不使用“穆斯林国家”，应称“伊斯兰国家”。' }),
    entry('穆斯林世界', '伊斯兰世界', XINHUA, { note: '新华社禁用词：不使用“穆斯林世界”，应称“伊斯兰世界”。' }),
    entry('伊斯兰原教旨主义', '宗教激进主义', XINHUA, { note: '新华社禁用词：公开报道不使用“伊斯兰原教旨主义”，可用“宗教激进主义”。' }),
    entry('蒙古大夫', '庸医', XINHUA, { note: '新华社禁用词：不得使用含有民族名称的侮辱性说法，“蒙古大夫”应作“庸医”。' }),
  ];
}

/** 国际关系类: 国名与国际组织成员的称谓。 */
function international(): LexiconEntry[] {
  const members = '(?:世界贸易组织|世贸组织|WTO|亚太经合组织|APEC)';
  return [
    entry('北朝鲜', '朝鲜', XINHUA, { note: '新华社禁用词：不使用“北朝鲜”，应称“朝鲜”。' }),
    entry('南朝鲜', '韩国', XINHUA, { note: '新华社禁用词：应称“韩国”。' }),
    entry('外蒙古', '蒙古国', XINHUA, { note: '新华社禁用词：应称“蒙古国”。' }),
    // the short form 外蒙 too; 额外蒙受、国外蒙特利尔、课外蒙学 are 外 + a word starting with 蒙
    entry('外蒙', '蒙古国', XINHUA, {
      notAfter: '[古受混骗冤羞难蔽住面上昧学童眼太特牛山阴城自药医]',
      note: '新华社禁用词：不使用“外蒙”“外蒙古”，应称“蒙古国”。',
    }),
    entry('成员国', '成员', XINHUA, {
      before: members,
      alternatives: ['成员方'],
      note: '新华社禁用词：世界贸易组织、亚太经合组织等成员中既有国家也有地区，不称“成员国”，应称“成员”或“成员方”。',
    }),
    entry('阿拉伯民兵', '武装民兵', XINHUA, { note: '新华社禁用词：不使用“阿拉伯民兵”，应称“武装民兵”或“部族武装”。' }),
    entry('黑人歹徒', '歹徒', XINHUA, { note: '新华社禁用词：报道犯罪时不刻意突出肤色、种族，应作“歹徒”。' }),
    entry('以色列国防军', '以色列军队', XINHUA, { note: '新华社禁用词：不使用“以色列国防军”，应称“以色列军队”。' }),
    entry('西藏流亡政府', '达赖集团', XINHUA, { note: '新华社禁用词：不使用“西藏流亡政府”，应称“达赖集团”。' }),
  ];
}

/** Shipped 禁用词/慎用词 list, rewritten in-house as rules. Review is always needed. */
export function defaultBanned(): LexiconEntry[] {
  return [...socialLife(), ...ethnicReligious(), ...international()];
}
