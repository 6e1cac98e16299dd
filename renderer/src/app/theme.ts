import type { ThemeConfig } from 'antd';

/** The CJK font stack: Noto/Source Han first (installed with the app's platform), then the system faces. */
export const CJK_FONT = '"Noto Sans CJK SC", "Noto Sans SC", "Source Han Sans SC", "Microsoft YaHei", "PingFang SC", sans-serif';

/** Calm and dense: a desk tool used all day, not a web page. */
export const theme: ThemeConfig = {
  token: {
    fontFamily: CJK_FONT,
    fontSize: 13,
    borderRadius: 3,
    colorPrimary: '#a61b1b',
    colorLink: '#1f4e8c',
    controlHeight: 28,
  },
  components: {
    Layout: { headerHeight: 40, headerPadding: '0 12px', headerBg: '#3a1d1d', footerPadding: '0 12px', siderBg: '#f7f6f3', bodyBg: '#fff' },
    Menu: { itemHeight: 36, itemBg: '#f7f6f3', itemSelectedBg: '#f1e3e0', itemSelectedColor: '#a61b1b' },
    Table: { cellPaddingBlockSM: 5 },
  },
};
