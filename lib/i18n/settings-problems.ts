import type { SettingsProblem } from '../settings/problems';
import { t, type MessageKey, type UiLanguage } from './index';

/** The settings page's label of each top-level field that has one. */
const FIELD_LABELS: Partial<Record<string, MessageKey>> = {
  '': 'settings.title',
  interfaceLanguage: 'settings.uiLanguage',
  timeZone: 'settings.timeZone',
  workingHours: 'settings.hours',
  holidays: 'settings.holidays',
  contextWindowSeconds: 'settings.contextWindow',
  suggestionThreshold: 'settings.suggestionThreshold',
  autoSendConfidence: 'settings.autoSend',
  grayLaunchShare: 'settings.grayLaunch',
  nameOnlyAutoSendSites: 'settings.nameOnlySites',
  servedLanguages: 'settings.servedLanguages',
};
const DAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;

/** The field as the settings page names it: its label, a weekday for working hours, else the path. */
export function settingsFieldLabel(language: UiLanguage, field: string): string {
  const day = /^workingHours\.(mon|tue|wed|thu|fri|sat|sun)\b/.exec(field)?.[1] as (typeof DAYS)[number] | undefined;
  if (day) return `${t(language, 'settings.hours')} · ${t(language, `day.${day}`)}`;
  if (field === 'agentName') return t(language, 'settings.agentName', { agent_name: '' }).trim();
  if (field === 'shopName') return t(language, 'settings.shopName', { shop_name: '' }).trim();
  const top = /^[^.[]*/.exec(field)?.[0] ?? field;
  const key = FIELD_LABELS[top];
  return key ? t(language, key) : field;
}

/** One settings problem in the person's language: "<field label>: <what is wrong>". */
export function settingsProblemText(language: UiLanguage, problem: SettingsProblem): string {
  return t(language, 'settings.invalid', {
    field: settingsFieldLabel(language, problem.field),
    message: t(language, `settings.problem.${problem.code}`, problem.values),
  });
}
