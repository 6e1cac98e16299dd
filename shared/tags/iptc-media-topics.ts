/**
 * The part of IPTC Media Topics (https://cv.iptc.org/newscodes/mediatopic/, CC BY 4.0, © IPTC)
 * a county paper uses: the 17 top-level topics and the second-level ones local news is about.
 * Codes and English names are IPTC's; the Chinese labels are ours.
 */
export interface IptcTopic {
  /** QCode, e.g. `medtop:04000000`. */
  code: string;
  en: string;
  zh: string;
  /** Parent QCode; null at the top level. */
  parent: string | null;
}

const top = (n: string, en: string, zh: string): IptcTopic => ({ code: `medtop:${n}`, en, zh, parent: null });
const sub = (parent: string, n: string, en: string, zh: string): IptcTopic => ({ code: `medtop:${n}`, en, zh, parent: `medtop:${parent}` });

export const IPTC_MEDIA_TOPICS: readonly IptcTopic[] = [
  top('01000000', 'arts, culture, entertainment and media', '文化、艺术、娱乐与传媒'),
  sub('01000000', '20000002', 'arts and entertainment', '艺术与娱乐'),
  sub('01000000', '20000038', 'culture', '文化'),
  sub('01000000', '20000045', 'mass media', '大众传媒'),
  top('02000000', 'crime, law and justice', '犯罪、法律与司法'),
  sub('02000000', '20000082', 'crime', '犯罪'),
  sub('02000000', '20000106', 'judiciary', '司法'),
  sub('02000000', '20000121', 'law', '法律'),
  sub('02000000', '20000129', 'law enforcement', '执法'),
  top('03000000', 'disaster, accident and emergency incident', '灾害、事故与突发事件'),
  sub('03000000', '20000139', 'accident and emergency incident', '事故与突发事件'),
  sub('03000000', '20000148', 'disaster', '灾害'),
  sub('03000000', '20000168', 'emergency response', '应急救援'),
  top('04000000', 'economy, business and finance', '经济、商业与金融'),
  sub('04000000', '20000344', 'economy', '经济'),
  sub('04000000', '20000349', 'business enterprise', '企业'),
  sub('04000000', '20000209', 'products and services', '产品与服务'),
  top('05000000', 'education', '教育'),
  sub('05000000', '20000400', 'school', '学校'),
  sub('05000000', '20001216', 'vocational education', '职业教育'),
  top('06000000', 'environment', '环境'),
  sub('06000000', '20000420', 'conservation', '生态保护'),
  sub('06000000', '20000424', 'environmental pollution', '环境污染'),
  top('07000000', 'health', '健康'),
  sub('07000000', '20000461', 'health facility', '医疗机构'),
  sub('07000000', '20001358', 'public health', '公共卫生'),
  top('08000000', 'human interest', '人情趣味'),
  sub('08000000', '20000498', 'award and prize', '奖项与荣誉'),
  top('09000000', 'labour', '劳动'),
  sub('09000000', '20000509', 'employment', '就业'),
  top('10000000', 'lifestyle and leisure', '生活与休闲'),
  sub('10000000', '20000538', 'leisure', '休闲'),
  top('11000000', 'politics and government', '政治与政府'),
  sub('11000000', '20000574', 'election', '选举'),
  sub('11000000', '20000593', 'government', '政府'),
  sub('11000000', '20000621', 'government policy', '政府政策'),
  top('12000000', 'religion', '宗教'),
  top('13000000', 'science and technology', '科学与技术'),
  sub('13000000', '20000735', 'scientific research', '科学研究'),
  sub('13000000', '20000756', 'technology and engineering', '技术与工程'),
  top('14000000', 'society', '社会'),
  sub('14000000', '20000768', 'communities', '社区'),
  sub('14000000', '20000817', 'welfare', '社会福利'),
  top('15000000', 'sport', '体育'),
  top('16000000', 'conflict, war and peace', '冲突、战争与和平'),
  top('17000000', 'weather', '天气'),
];

const BY_CODE = new Map(IPTC_MEDIA_TOPICS.map((t) => [t.code, t]));

/** The shipped topic for a QCode, or undefined when it is not in the subset. */
export function iptcTopic(code: string): IptcTopic | undefined {
  return BY_CODE.get(code);
}
