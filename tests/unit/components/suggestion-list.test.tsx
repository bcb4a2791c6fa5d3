// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, render, screen } from '@testing-library/react';
import { SuggestionList } from '../../../components/SuggestionList';
import type { ShownSuggestion } from '../../../lib/messages/protocol';

afterEach(cleanup);

const shown = (over: Partial<ShownSuggestion>): ShownSuggestion => ({
  ruleId: 'track', packId: 'shop', kind: 'faq', text: 'On its way', score: 0.9, language: 'es',
  reason: 'keyword “pedido” (es)', missing: [], violations: [], ...over,
} as ShownSuggestion);

describe('the overlay\'s and popup\'s suggestion list says why in the interface language', () => {
  it('words the reason code in Chinese, with the engine\'s evidence as its tooltip, not the English reason', () => {
    render(<SuggestionList ui="zh" onAccept={() => {}} suggestions={[shown({
      reasonCode: { code: 'example', values: { matched: 'dónde está mi pedido', language: 'es' }, repeated: true },
      why: [{ key: 'why.example', params: { matched: 'dónde está mi pedido', language: 'es' } }, { key: 'why.confidence', params: { percent: 91 } }],
    })]} />);
    const reason = screen.getByTestId('shopreply.suggestion-reason-text');
    expect(reason.textContent).toBe('重复的问题（本次会话中已回答过）；例句“dónde está mi pedido”（西班牙语）');
    expect(reason.getAttribute('title')).toMatch(/91/);
    expect(reason.getAttribute('title')).not.toMatch(/dónde/);
    expect(screen.getByTestId('shopreply.suggestion-reason').textContent).not.toContain('keyword');
  });

  it('says a welcome and an offline reply in English for an English interface', () => {
    render(<SuggestionList ui="en" onAccept={() => {}} suggestions={[
      shown({ ruleId: 'w', kind: 'welcome', reason: 'x', reasonCode: { code: 'welcome', values: { variant: 2, count: 3 } } }),
      shown({ ruleId: 'o', kind: 'offline', reason: 'y', reasonCode: { code: 'offline', values: {} } }),
    ]} />);
    expect(screen.getAllByTestId('shopreply.suggestion-reason-text').map((e) => e.textContent)).toEqual([
      'welcome: first message of the session (variant 2 of 3)',
      'outside working hours',
    ]);
  });
});
