// The part of lunar-javascript (MIT) that Banxin uses: Gregorian → Chinese lunar date.
declare module 'lunar-javascript' {
  interface Lunar {
    getYearInGanZhi(): string;
    getMonthInChinese(): string;
    getDayInChinese(): string;
  }
  export const Solar: {
    fromYmd(year: number, month: number, day: number): { getLunar(): Lunar; getWeekInChinese(): string };
  };
}
