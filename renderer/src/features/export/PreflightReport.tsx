import { Alert, Button, Empty, Tag } from 'antd';
import { useLang } from '../../i18n/store';
import { problemsByPage, severityCounts, withoutPagePrefix, type PreflightProblem } from './gate';
import { goToPage } from './go-to-page';
import { useExportT } from './messages';
import { useExport } from './store';
import { openStoryInProof } from './open-story';
import { useWorkflowT } from '../workflow/messages';

const SEVERITY_TAG: Record<PreflightProblem['severity'], string> = { error: 'error', warning: 'warning', info: 'blue' };

/** 预检: run it, and the report grouped by 版次 with each problem's severity and a way to the page. */
export function PreflightReport() {
  const t = useExportT();
  const w = useWorkflowT();
  const lang = useLang((s) => s.lang);
  const { report, checking, issueId, issues } = useExport();
  const run = useExport((s) => s.runPreflight);
  const issue = issues.find((i) => i.id === report?.issueId);
  const counts = severityCounts(report?.problems ?? []);
  const { error: errors, warning: warnings, info: infos } = counts;
  const text = (p: PreflightProblem): string => withoutPagePrefix(lang === 'en' ? p.messageEn : p.messageZh);

  return (
    <section className="bx-ex-panel" data-testid="preflight">
      <header className="bx-ex-head">
        <h3>{t('preflight')}</h3>
        <Button data-testid="run-preflight" loading={checking} disabled={issueId === null} onClick={() => void run()}>
          {report ? t('rerunPreflight') : t('runPreflight')}
        </Button>
      </header>
      <div className="bx-ex-hint">{t('preflightHint')}</div>
      {!report ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('preflightNotRun')} />
      ) : report.problems.length === 0 ? (
        <Alert type="success" showIcon title={t('preflightOk')} data-testid="preflight-ok" />
      ) : (
        <>
          {errors + warnings > 0 ? (
            <Alert type={errors > 0 ? 'error' : 'warning'} showIcon title={t('preflightSummary', { errors, warnings, infos })} data-testid="preflight-summary" />
          ) : (
            <Alert type="success" showIcon title={t('preflightNotesOnly')} data-testid="preflight-ok" />
          )}
          <div className="bx-ex-pages" data-testid="preflight-report">
            {problemsByPage(report.problems).map(({ pageNumber, problems }) => {
              const page = issue?.pages.find((p) => p.number === pageNumber);
              return (
                <div key={pageNumber} className="bx-ex-page" data-testid="preflight-page" data-page={pageNumber}>
                  <div className="bx-ex-page-head">
                    <strong>{page ? t('pageName', { n: pageNumber, name: page.name }) : t('page', { n: pageNumber })}</strong>
                    {issue && page && (
                      <Button size="small" type="link" data-testid="preflight-goto" onClick={() => goToPage(issue, pageNumber)}>
                        {t('goToPage')}
                      </Button>
                    )}
                  </div>
                  <ul>
                    {problems.map((p, i) => (
                      <li key={i} data-testid="preflight-problem" data-severity={p.severity} data-code={p.code} data-story-id={p.storyId}>
                        <Tag color={SEVERITY_TAG[p.severity]}>{t(p.severity)}</Tag>
                        <span>{text(p)}</span>
                        {p.storyId !== undefined && (
                          <Button size="small" type="link" data-testid="preflight-open-story" data-story-id={p.storyId} onClick={() => openStoryInProof(p.storyId!)}>
                            {w('openStory')}
                          </Button>
                        )}
                      </li>
                    ))}
                  </ul>
                </div>
              );
            })}
          </div>
        </>
      )}
    </section>
  );
}
