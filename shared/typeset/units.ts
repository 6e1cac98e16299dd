/**
 * Internal unit of the composer: 1/1000 em of the style's type size, as integers.
 *
 * Integers keep every sum exact and every run deterministic across machines (no float
 * drift between the screen, the PDF and copyfit): ½ em = 500, ¼ em = 250, ⅛ em = 125.
 */
export const EM = 1000;

/** Converts points to composer units at a given type size (rounded to the nearest unit). */
export function ptToUnits(pt: number, size: number): number {
  return Math.round((pt / size) * EM);
}

/** Converts composer units to points at a given type size. */
export function unitsToPt(units: number, size: number): number {
  return (units * size) / EM;
}

/** Converts composer units to ems. */
export function unitsToEm(units: number): number {
  return units / EM;
}
