/** Pure proleptic-Gregorian helpers for the date rules (no Date object: no time zones). */

export function isLeapYear(y: number): boolean {
  return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
}

export function daysInMonth(y: number, m: number): number {
  if (m === 2) return isLeapYear(y) ? 29 : 28;
  return [4, 6, 9, 11].includes(m) ? 30 : 31;
}

/** True when y-m-d names a real day (1 ≤ m ≤ 12, 1 ≤ d ≤ days in month). */
export function isValidDate(y: number, m: number, d: number): boolean {
  return m >= 1 && m <= 12 && d >= 1 && d <= daysInMonth(y, m);
}

/** Day of week, 0 = Sunday … 6 = Saturday (Sakamoto's method). */
export function dayOfWeek(y: number, m: number, d: number): number {
  const t = [0, 3, 2, 5, 0, 3, 5, 1, 4, 6, 2, 4];
  const yy = m < 3 ? y - 1 : y;
  return (yy + Math.floor(yy / 4) - Math.floor(yy / 100) + Math.floor(yy / 400) + (t[m - 1] ?? 0) + d) % 7;
}

/** Chinese weekday names indexed by dayOfWeek: 日 一 二 … 六. */
export const WEEKDAY_HAN = ['日', '一', '二', '三', '四', '五', '六'] as const;
