import type { ShownSuggestion } from '../lib/messages/protocol';
import { openingLabel } from '../lib/conversation/hours';
import type { Weekday } from '../lib/settings/schema';
import { languageName, t, type UiLanguage } from '../lib/i18n/page';
import { wordWhy } from '../lib/match/explain';

type Reasoned = Pick<ShownSuggestion, 'reason' | 'reasonCode' | 'why'>;

/** The engine's parts that name the keyword or example matched: `reasonCode` says the same. */
const MATCHED_KEYS = new Set(['why.keyword', 'why.example', 'why.learned']);

/**
 * Why a suggestion is offered, in the interface language, from its `reasonCode` (every kind:
 * keyword, example, learned, offline, welcome). Without one (an older worker), the engine's
 * matched part when there is one, else the worker's English `reason`.
 */
export function reasonText(s: Reasoned, ui: UiLanguage): string {
  const code = s.reasonCode;
  if (!code) {
    const matched = s.why?.find((p) => MATCHED_KEYS.has(p.key));
    return matched ? wordWhy(ui, [matched])[0] : s.reason;
  }
  const v = code.values;
  let text: string;
  switch (code.code) {
    case 'keyword':
    case 'example':
    case 'learned':
      text = t(ui, `reason.${code.code}`, { matched: String(v.matched ?? ''), language: languageName(String(v.language ?? '*'), ui) });
      break;
    case 'offline':
      text = v.time === undefined
        ? t(ui, 'reason.offline')
        : t(ui, 'reason.offlineNext', {
            opening: openingLabel({ at: 0, date: String(v.date), weekday: String(v.weekday) as Weekday, time: String(v.time), daysAhead: Number(v.daysAhead) }, ui),
          });
      break;
    case 'welcome':
      text = t(ui, 'reason.welcome', { variant: v.variant ?? 1, count: v.count ?? 1 });
      break;
  }
  return code.repeated ? t(ui, 'reason.repeated', { reason: text }) : text;
}

/**
 * The engine's evidence beyond what `reasonText` says (concepts, shared words, how likely it is
 * right), in the interface language; empty for a keyword match and for welcome and offline replies.
 */
export function reasonDetail(s: Pick<ShownSuggestion, 'why'>, ui: UiLanguage): string[] {
  return wordWhy(ui, (s.why ?? []).filter((p) => !MATCHED_KEYS.has(p.key)));
}
