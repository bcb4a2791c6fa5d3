import type { LibraryRule, MatchResult, Suggestion } from '../../../lib/match/types';
import { SettingsSchema, type ShopSettings, type ShopSettingsInput } from '../../../lib/settings/schema';

export const settings = (over: ShopSettingsInput = {}): ShopSettings => SettingsSchema.parse(over);

export const rule = (r: Partial<LibraryRule> & Pick<LibraryRule, 'id' | 'kind' | 'replies'>): LibraryRule => ({
  packId: 'shop', packVersion: '1', defaultLanguage: 'en', ...r,
});

export const welcome = rule({ id: 'welcome', kind: 'welcome', replies: { en: ['Hi {buyer_name}!', 'Hello {buyer_name}!', 'Welcome {buyer_name}!'], zh: ['您好', '欢迎', '亲，在的'] } });
export const offline = rule({ id: 'offline', kind: 'offline', replies: { en: ['Thanks {buyer_name}, we are offline now.'], zh: ['您好，现在是非工作时间。'] } });

export const suggestion = (ruleId: string, score: number, over: Partial<Suggestion> = {}): Suggestion => ({
  ruleId, packId: 'shop', kind: 'faq', priority: 0, score, replyLanguage: 'en',
  replies: [`Answer of ${ruleId} for {order_id}`],
  reason: { kind: 'keyword', matched: 'tracking', language: 'en' }, ...over,
});

export const matched = (suggestions: Suggestion[], code = 'en'): MatchResult => ({ language: { code, confidence: 0.9 }, suggestions });

/** Monday 2025-03-10 10:00 UTC: inside the default working hours in UTC. */
export const MON_10 = Date.UTC(2025, 2, 10, 10, 0);
export const MIN = 60_000;
