import { hasMessage, languageName, t, type PageKey as MessageKey, type MessageParams, type UiLanguage } from '../i18n/page';
import type { Suggestion } from './types';

/** One reason a suggestion was made, as a catalogue key and its values (the interface words it). */
export interface WhyPart {
  key: MessageKey;
  params: MessageParams;
}

/**
 * Why a suggestion was made, most telling first: the keyword or example it matched, the concepts
 * and words the message shares with it, and how likely it is right. Codes and values only.
 */
export function explainSuggestion(s: Pick<Suggestion, 'reason' | 'score'>): WhyPart[] {
  const r = s.reason;
  const out: WhyPart[] = [];
  const kind = r.kind === 'keyword' ? 'why.keyword' : r.kind === 'learned' ? 'why.learned' : 'why.example';
  out.push({ key: kind, params: { matched: r.matched, language: r.language } });
  const e = r.evidence;
  if (e) {
    for (const c of e.concepts ?? []) out.push({ key: 'why.concept', params: { matched: c.matched, concept: c.id } });
    if (e.shared.length) out.push({ key: 'why.shared', params: { terms: e.shared.join(', ') } });
    out.push({ key: 'why.confidence', params: { percent: Math.round(e.probability * 100) } });
  }
  return out;
}

/** Reasons worded in the interface language (language codes and concept ids become their names). */
export function wordWhy(ui: UiLanguage, parts: ReadonlyArray<{ key: string; params: MessageParams }>): string[] {
  return parts.map(({ key, params }) => {
    const named = { ...params };
    if (typeof params.language === 'string') named.language = languageName(params.language, ui);
    if (typeof params.concept === 'string') named.concept = conceptName(params.concept, ui);
    return t(ui, key as MessageKey, named);
  });
}

/** A concept's name in the interface language (its id when the catalogue has none). */
export function conceptName(id: string, ui: UiLanguage): string {
  const key = `concept.${id}`;
  return hasMessage(key) ? t(ui, key) : id;
}

/** explainSuggestion worded in the interface language. */
export function explainText(ui: UiLanguage, s: Pick<Suggestion, 'reason' | 'score'>): string[] {
  return wordWhy(ui, explainSuggestion(s));
}
