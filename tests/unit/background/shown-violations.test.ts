import { describe, expect, it } from 'vitest';
import type { CandidateReply } from '../../../lib/conversation/candidate';
import { toShown } from '../../../entrypoints/background/suggest';

const candidate = (violations: CandidateReply['compliance']['violations']): CandidateReply => ({
  ruleId: 'welcome', packId: 'p', kind: 'welcome', priority: 0, score: 1, language: 'zh', text: 'Hi 加微信 shop888!',
  missing: [], compliance: { ok: violations.length === 0, violations }, reason: '', repeated: false, autoSendEligible: false,
});

describe('suggestions shown to the agent', () => {
  it('mark a finding in a page value with the placeholder it came from', () => {
    const shown = toShown(candidate([
      { rule: 'wechat', category: 'off-platform', index: 4, length: 2, match: '微信', variable: 'buyer_name' },
      { rule: 'telegram', category: 'off-platform', index: 0, length: 8, match: 'Telegram' },
      { rule: '私聊', category: 'banned-phrase', index: 0, length: 2, match: '私聊' },
    ]));
    expect(shown.violations).toEqual(['微信 (wechat, {buyer_name})', 'Telegram (telegram)', '私聊']);
  });
});
