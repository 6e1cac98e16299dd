import type { ResidualFigure } from '../../../../shared/model/error-rate';

/** Nothing of it went out yet (every story unsigned): there is no 差错率 to judge — not a rate of 0 that passes. */
export const nothingOut = (figure: Pick<ResidualFigure, 'chars'>): boolean => figure.chars === 0;

/** The figure as shown: "—" while nothing has gone out. */
export const shownRate = (figure: Pick<ResidualFigure, 'chars' | 'perTenThousand'>): string | number => (nothingOut(figure) ? '—' : figure.perTenThousand);
