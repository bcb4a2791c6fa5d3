import { minutesOfClock, type ShopSettings, type Weekday } from '../settings/schema';
import { addDays, localTime, zonedInstant } from './zoned';

type HoursSettings = Pick<ShopSettings, 'timeZone' | 'workingHours' | 'holidays'>;

/** Open at `now`: a working interval of the local weekday contains it and the local date is no holiday. */
export function isWithinWorkingHours(now: number, settings: HoursSettings): boolean {
  const t = localTime(now, settings.timeZone);
  if (settings.holidays.includes(t.date)) return false;
  return settings.workingHours[t.weekday].some(
    (i) => minutesOfClock(i.start) <= t.minutes && t.minutes < minutesOfClock(i.end),
  );
}

export interface Opening {
  /** Epoch ms of the opening (== now when the shop is open now). */
  at: number;
  /** Local date "YYYY-MM-DD", weekday and "HH:MM" in the shop's zone. */
  date: string;
  weekday: Weekday;
  time: string;
  /** Whole local days from today (0 = today). */
  daysAhead: number;
}

/** Far enough to step over a year of holidays. */
const SEARCH_DAYS = 400;

/**
 * The next moment at or after `now` when the shop is open; `undefined` when it never opens
 * (no working hours at all, or every open day in the next 400 days is a holiday).
 */
export function nextOpening(now: number, settings: HoursSettings): Opening | undefined {
  const today = localTime(now, settings.timeZone);
  if (isWithinWorkingHours(now, settings)) {
    return { at: now, date: today.date, weekday: today.weekday, time: clockOf(today.minutes), daysAhead: 0 };
  }
  for (let n = 0; n <= SEARCH_DAYS; n++) {
    const d = addDays(today.year, today.month, today.day, n);
    if (settings.holidays.includes(d.date)) continue;
    const starts = settings.workingHours[d.weekday].map((i) => minutesOfClock(i.start)).sort((a, b) => a - b);
    for (const start of starts) {
      const at = zonedInstant(d.year, d.month, d.day, start, settings.timeZone);
      if (at <= now) continue;
      // A start skipped by a spring-forward jump lands later; report the wall time actually shown.
      const shown = localTime(at, settings.timeZone);
      return { at, date: shown.date, weekday: shown.weekday, time: clockOf(shown.minutes), daysAhead: n };
    }
  }
  return undefined;
}

const clockOf = (minutes: number) =>
  `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;

const WEEKDAY_NAMES: Record<string, readonly string[]> = {
  en: ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'],
  zh: ['周一', '周二', '周三', '周四', '周五', '周六', '周日'],
  es: ['lunes', 'martes', 'miércoles', 'jueves', 'viernes', 'sábado', 'domingo'],
  pt: ['segunda-feira', 'terça-feira', 'quarta-feira', 'quinta-feira', 'sexta-feira', 'sábado', 'domingo'],
  fr: ['lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi', 'dimanche'],
  de: ['Montag', 'Dienstag', 'Mittwoch', 'Donnerstag', 'Freitag', 'Samstag', 'Sonntag'],
  ja: ['月曜日', '火曜日', '水曜日', '木曜日', '金曜日', '土曜日', '日曜日'],
  ko: ['월요일', '화요일', '수요일', '목요일', '금요일', '토요일', '일요일'],
};
const TODAY_TOMORROW: Record<string, readonly [string, string]> = {
  en: ['today', 'tomorrow'], zh: ['今天', '明天'], es: ['hoy', 'mañana'], pt: ['hoje', 'amanhã'],
  fr: ["aujourd'hui", 'demain'], de: ['heute', 'morgen'], ja: ['今日', '明日'], ko: ['오늘', '내일'],
};
const DAY_INDEX: Record<Weekday, number> = { mon: 0, tue: 1, wed: 2, thu: 3, fri: 4, sat: 5, sun: 6 };

/**
 * "Monday 09:00", "tomorrow 09:00", "周一 09:00"; an opening a week or more away also names its date
 * ("Monday 2026-01-05 09:00") so it is never mistaken for this week. Unknown languages use English.
 */
export function openingLabel(opening: Opening, language: string): string {
  const lang = WEEKDAY_NAMES[language] ? language : 'en';
  if (opening.daysAhead <= 1) return `${TODAY_TOMORROW[lang][opening.daysAhead]} ${opening.time}`;
  const weekday = WEEKDAY_NAMES[lang][DAY_INDEX[opening.weekday]];
  return opening.daysAhead >= 7 ? `${weekday} ${opening.date} ${opening.time}` : `${weekday} ${opening.time}`;
}

/**
 * The sentence the conversation layer appends to an offline reply (pack replies cannot carry a
 * "next opening" variable: the pack format refuses unknown variables). Written so the label fits
 * without grammar per weekday.
 */
const SENTENCES: Record<string, (label: string) => string> = {
  en: (l) => `We will reply from ${l}.`,
  zh: (l) => `我们将于${l}起回复您。`,
  es: (l) => `Próxima atención: ${l}.`,
  pt: (l) => `Próximo atendimento: ${l}.`,
  fr: (l) => `Prochaine ouverture : ${l}.`,
  de: (l) => `Wieder für Sie da: ${l}.`,
  ja: (l) => `次回の対応開始：${l}`,
  ko: (l) => `다음 상담 시작: ${l}`,
};

export function nextOpeningSentence(opening: Opening, language: string): string {
  const lang = SENTENCES[language] ? language : 'en';
  return SENTENCES[lang](openingLabel(opening, lang));
}
