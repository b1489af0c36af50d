// Address problems as a notice (index.ts): one line per bad parameter, naming the parameter and
// its value and saying what is shown instead ("Unknown cluster ‘zzz’ in the address (parameter
// cluster) — showing all clusters"). The shell shows it above every view.
import { t } from '../i18n.ts';
import type { UrlProblem } from '../state.ts';
import { noticeBox } from './index.ts';

const KNOWN_PARAMS = new Set(['view', 'lang', 'tier', 'cluster', 'province', 'component', 'measure', 'strategy', 'basis', 'missing', 'sel', 'buyer', 'target']);
const SHOWN_CHARACTERS = 80;

export function urlProblemText(problem: UrlProblem): string {
  const value = problem.value.length > SHOWN_CHARACTERS ? `${problem.value.slice(0, SHOWN_CHARACTERS - 1)}…` : problem.value;
  const key = KNOWN_PARAMS.has(problem.param) ? problem.param : 'other';
  return t(`url.problem.${key}`, { value, param: problem.param });
}

export function urlProblemBox(problems: readonly UrlProblem[], onDismiss: () => void): HTMLElement {
  return noticeBox({ kind: 'error', id: 'url-problems', title: t('url.title'), lines: problems.map(urlProblemText), onDismiss });
}
