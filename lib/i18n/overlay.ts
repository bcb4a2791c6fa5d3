import type { TimeLeft } from '../conversation/time-left';
import { hasMessage, t, type UiLanguage } from './page';

/**
 * Words for the codes lib/ returns to the overlay and the popup: guards of auto-send and the page
 * check, roles of the site profile, countdowns. A code without a text is shown as it is.
 */
type Values = Record<string, string | number>;

const has = hasMessage;

/** Scores and thresholds travel as shares (0.72); people read percentages. */
function worded(values: Values): Values {
  const out: Values = { ...values };
  for (const k of ['score', 'threshold', 'share', 'position']) {
    if (typeof out[k] === 'number') out[k] = `${Math.round((out[k] as number) * 100)}%`;
  }
  return out;
}

export function guardText(ui: UiLanguage, code: string, values: Values = {}): string {
  const key = `guard.${code}`;
  return has(key) ? t(ui, key, worded(values)) : code;
}

export function unconfirmedText(ui: UiLanguage, code: string): string {
  const key = `overlay.unconfirmed.${code}`;
  return has(key) ? t(ui, key) : guardText(ui, code);
}

export function roleText(ui: UiLanguage, role: string): string {
  const key = `overlay.role.${role}`;
  return has(key) ? t(ui, key) : role;
}

export function timeLeftText(ui: UiLanguage, left: TimeLeft): string {
  const span =
    left.hours > 0
      ? t(ui, 'followup.hours', { h: left.hours, m: String(left.minutes).padStart(2, '0') })
      : t(ui, 'followup.minutes', { m: left.minutes });
  return t(ui, left.overdue ? 'followup.overdue' : 'followup.left', { time: span });
}
