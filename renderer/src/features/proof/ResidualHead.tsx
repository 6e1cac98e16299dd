import { Tag } from 'antd';
import type { ReactNode } from 'react';
import type { ResidualFigure } from '../../../../shared/model/error-rate';
import { useProofT } from './messages';
import { useRateT } from './rate-messages';
import { nothingOut, shownRate } from './residual-shown';

/** Pass or fail against 万分之三, in words; 未见报 while nothing has gone out. */
export function Verdict({ figure }: { figure: Pick<ResidualFigure, 'withinLimit' | 'chars'> }) {
  const t = useProofT();
  if (nothingOut(figure)) return <Tag data-testid="rate-nothing-out">{t('nothingOut')}</Tag>;
  return <Tag color={figure.withinLimit ? 'success' : 'error'}>{figure.withinLimit ? t('within') : t('over')}</Tag>;
}

/** 差错率 of the text that went out: the big figure, what it is made of, and what it means in one line. */
export function ResidualHead({ figure, label, extra, testId }: { figure: ResidualFigure; label: ReactNode; extra?: ReactNode; testId: string }) {
  const t = useRateT();
  const pt = useProofT();
  return (
    <section className="bx-pf-rate-part">
      <div className="bx-pf-rate-title">{t('residual')}</div>
      <div className="bx-pf-comment" data-testid="residual-explain">{t('residualExplain')}</div>
      <div className="bx-pf-rate-head" data-testid={testId} data-rate={figure.perTenThousand} data-within={String(figure.withinLimit)}>
        <div className="bx-pf-rate-big" style={{ color: nothingOut(figure) ? '#6b7280' : figure.withinLimit ? '#15803d' : '#c8102e' }}>
          {shownRate(figure)}
          <small>‱</small>
        </div>
        <div>
          {label} {nothingOut(figure) ? null : pt('perTenThousand', { n: figure.perTenThousand })} <Verdict figure={figure} />
          <div className="bx-pf-comment">
            {t('openAtSignOff')} {figure.openAtSignOff} · {t('qualityMarks')} {figure.qualityMarks} · A {figure.byClass.A} · B {figure.byClass.B} · C {figure.byClass.C} · {t('weighted')} {figure.weighted} · {pt('chars')} {figure.chars} · {pt('limit')}
          </div>
        </div>
        {extra}
      </div>
    </section>
  );
}
