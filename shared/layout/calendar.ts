import { Solar } from 'lunar-javascript';

const WEEKDAYS = ['日', '一', '二', '三', '四', '五', '六'];

/** The date lines of a 报头/报眉, computed so that a date, weekday or 农历 can never be typed wrong. */
export function dateLines(isoDate: string): { gregorian: string; weekday: string; lunar: string } {
  const [y, m, d] = isoDate.split('-').map(Number) as [number, number, number];
  const weekday = `星期${WEEKDAYS[new Date(Date.UTC(y, m - 1, d)).getUTCDay()]}`;
  const lunar = Solar.fromYmd(y, m, d).getLunar();
  return {
    gregorian: `${y}年${m}月${d}日`,
    weekday,
    lunar: `农历${lunar.getYearInGanZhi()}年${lunar.getMonthInChinese()}月${lunar.getDayInChinese()}`,
  };
}
