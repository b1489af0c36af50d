// The notice that the server is preparing the analyses (GET /api/health `preparing`: its warmers
// run after it starts or after a load). Right after a national Neo4j server started, the first
// analyses waited 11-21 s with nothing said of why; now the page says so while it lasts, asking
// health again every few seconds, and takes the notice away once the server is done.
import type { HealthOut } from '../../../../server/api/routes/health.ts';
import { getJson } from '../api.ts';
import { t } from '../i18n.ts';
import { noticeBox } from './index.ts';
import './messages.ts';

/** How often health is asked again while the server prepares (ms). */
export const PREPARING_POLL_MS = 3000;

export class PreparingNotice {
  private on = false;
  private timer: ReturnType<typeof setTimeout> | undefined;

  constructor(private readonly el: HTMLElement) {}

  /** Shows the notice while the server prepares (`preparing`, from health), until health says it is done. */
  watch(preparing: boolean): void {
    this.on = preparing;
    this.render();
    clearTimeout(this.timer);
    if (preparing) this.timer = setTimeout(() => void this.ask(), PREPARING_POLL_MS);
  }

  /** Draws the notice (again, in the page's language now) or nothing. */
  render(): void {
    this.el.replaceChildren(...(this.on ? [noticeBox({ kind: 'caution', id: 'server-preparing', title: t('preparing.title'), lines: [t('preparing.text')] })] : []));
  }

  private async ask(): Promise<void> {
    // Health not answering leaves the notice as it is, and asks again.
    const health = await getJson<HealthOut>('health').catch(() => null);
    this.watch(health === null ? this.on : health.preparing);
  }
}
