/**
 * The 栏目 a county paper starts with, in page order, each with the IPTC Media Topic it maps to
 * when there is a clear one (评论 and 副刊 are genres, not subjects, so they have none).
 */
export const DEFAULT_SECTIONS: ReadonlyArray<{ name: string; synonyms: readonly string[]; iptc: string | null }> = [
  { name: '要闻', synonyms: ['头版'], iptc: null },
  { name: '时政', synonyms: ['政务'], iptc: 'medtop:11000000' },
  { name: '经济', synonyms: ['财经'], iptc: 'medtop:04000000' },
  { name: '社会', synonyms: ['民生'], iptc: 'medtop:14000000' },
  { name: '文化', synonyms: ['文旅'], iptc: 'medtop:01000000' },
  { name: '教育', synonyms: [], iptc: 'medtop:05000000' },
  { name: '体育', synonyms: [], iptc: 'medtop:15000000' },
  { name: '评论', synonyms: ['言论'], iptc: null },
  { name: '副刊', synonyms: [], iptc: null },
];
