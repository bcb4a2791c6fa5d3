import type { ShownSuggestion } from '../../lib/messages/protocol';
import { openingLabel } from '../../lib/conversation/hours';
import type { Weekday } from '../../lib/settings/schema';
import { languageName, type UiLanguage } from '../../lib/i18n';
import type { Translate } from './I18n';

/** Why a suggestion is offered, in the interface language; the worker's English when it sent no code. */
export function reasonText(s: Pick<ShownSuggestion, 'reason' | 'why'>, t: Translate, ui: UiLanguage): string {
  const why = s.why;
  if (!why) return s.reason;
  const v = why.values;
  let text: string;
  switch (why.code) {
    case 'keyword':
    case 'example':
    case 'learned':
      text = t(`reason.${why.code}`, { matched: String(v.matched ?? ''), language: languageName(String(v.language ?? '*'), ui) });
      break;
    case 'offline':
      text = v.time === undefined
        ? t('reason.offline')
        : t('reason.offlineNext', {
            opening: openingLabel({ at: 0, date: String(v.date), weekday: String(v.weekday) as Weekday, time: String(v.time), daysAhead: Number(v.daysAhead) }, ui),
          });
      break;
    case 'welcome':
      text = t('reason.welcome', { variant: v.variant ?? 1, count: v.count ?? 1 });
      break;
  }
  return why.repeated ? t('reason.repeated', { reason: text }) : text;
}
