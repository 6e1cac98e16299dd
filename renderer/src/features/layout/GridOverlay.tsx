import { memo } from 'react';
import type { PageGrid } from '../../../../shared/layout/templates';
import { MM } from '../../../../shared/model/display-list';

/** The page grid in the page's own points: column bands and every body line, for snapping by eye. */
export const GridOverlay = memo(function GridOverlay({ grid, width, height }: { grid: PageGrid; width: number; height: number }) {
  const pt = (mm: number): number => mm * MM;
  const cols = Array.from({ length: grid.template.columns }, (_, i) => i);
  const rows = Array.from({ length: grid.rows + 1 }, (_, r) => r);
  const top = pt(grid.area.y);
  const bottom = pt(grid.lineY(grid.rows));
  return (
    <svg className="lx-grid" viewBox={`0 0 ${width} ${height}`} preserveAspectRatio="none" data-testid="layout-grid">
      {cols.map((c) => (
        <rect key={c} x={pt(grid.columnX(c))} y={top} width={pt(grid.columnWidth)} height={bottom - top} fill="rgba(255,0,160,0.05)" stroke="rgba(255,0,160,0.45)" strokeWidth={0.3} />
      ))}
      {rows.map((r) => (
        <line key={r} x1={pt(grid.area.x)} x2={pt(grid.area.x + grid.area.w)} y1={pt(grid.lineY(r))} y2={pt(grid.lineY(r))} stroke={r % 5 === 0 ? 'rgba(0,150,255,0.35)' : 'rgba(0,150,255,0.15)'} strokeWidth={0.25} />
      ))}
    </svg>
  );
});
