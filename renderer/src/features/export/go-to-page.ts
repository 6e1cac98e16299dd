import type { Issue } from '../../../../shared/model/layout';
import { useLayout } from '../layout/store';

/**
 * Show a page of an issue in 版面: the layout desk opens it (and remembers it, so the desk's own
 * start-up lands there too), then the hash route switches the section the way a link would.
 */
export function goToPage(issue: Issue, pageNumber: number): void {
  const page = issue.pages.find((p) => p.number === pageNumber);
  if (!page) return;
  void useLayout.getState().openIssue(issue.id, page.id);
  window.location.hash = '#/layout';
}
