// @vitest-environment jsdom
import { describe, expect, it, vi } from 'vitest';
import type { AgentActivity } from '../../../entrypoints/chat.content/agent-activity';
import { autoSend, type AutoSendDeps, type AutoSendJob } from '../../../entrypoints/chat.content/auto-send';
import { createChatPage } from '../../../entrypoints/chat.content/page';
import type { ClaimResponse, Request } from '../../../lib/messages/protocol';
import { tiktokShopProfile as profile } from '../../../lib/sites';
import { loadCapture } from '../sites/captures';

const REPLY = 'Your order ships today.';

function setup(claimAnswer: ClaimResponse | 'no answer' = { granted: true }, send: 'button' | 'enter' = 'button') {
  const doc = loadCapture('default');
  document.documentElement.replaceWith(document.importNode(doc.documentElement, true));
  const page = createChatPage(document, { ...profile, send }, 'seller-us.tiktok.com');
  const conversation = page.conversation()!;
  const lastCard = () => page.messageCards().at(-1)!;
  const job: AutoSendJob = {
    conversationId: conversation.conversationId,
    buyerName: conversation.buyerName,
    messageKey: page.keysOf(conversation.conversationId, [lastCard()])[0],
    reply: { ruleId: 'track', packId: 'shop', kind: 'faq', text: REPLY, score: 1, language: 'en', reason: '', missing: [], violations: [] },
  };
  const textarea = page.composer() as HTMLTextAreaElement;
  const button = page.sendButton() as HTMLButtonElement;
  // The page: the button follows the composer; a click sends what it holds as our bubble.
  textarea.addEventListener('input', () => button.toggleAttribute('disabled', !textarea.value.trim()));
  const clicks = vi.fn(() => {
    const own = page.messageCards().find((c) => c.querySelector('.chatd-bubble-main--self'))!.cloneNode(true) as Element;
    own.querySelector('pre')!.textContent = textarea.value;
    lastCard().after(own);
    textarea.value = '';
  });
  button.addEventListener('click', clicks);
  // The page also sends on Enter, deciding in keydown as editors do; a synthetic key types nothing.
  const enters = vi.fn((e: KeyboardEvent) => {
    if (e.key !== 'Enter' || e.shiftKey) return;
    e.preventDefault();
    if (textarea.value.trim()) clicks();
  });
  textarea.addEventListener('keydown', enters);
  const keypresses = vi.fn();
  textarea.addEventListener('keypress', keypresses);
  let actions = 0;
  const activity = {
    count: () => actions,
    inserting: () => false,
    whileInserting: async <T,>(insert: () => Promise<T>) => insert(),
    start() {},
    stop() {},
  } as unknown as AgentActivity;
  const reports: Extract<Request, { type: 'auto-send-result' }>[] = [];
  const claim = vi.fn(async () => (claimAnswer === 'no answer' ? undefined : claimAnswer));
  const deps: AutoSendDeps = { page, activity, claim, report: (r) => reports.push(r), expectOwnBubble: () => {}, since: 0, delayMs: 0 };
  return { page, job, textarea, button, clicks, enters, keypresses, claim, reports, deps, agentActs: () => actions++, lastCard };
}

describe('sending one automatic reply from the page', () => {
  it('sends once the page still shows the message and the worker granted the claim', async () => {
    const { job, deps, clicks, claim, reports, textarea } = setup();
    expect(await autoSend(job, deps)).toEqual({ status: 'sent' });
    expect(claim).toHaveBeenCalledTimes(1);
    expect(clicks).toHaveBeenCalledTimes(1);
    expect(textarea.value).toBe('');
    expect(reports.map((r) => r.result)).toEqual(['sent']);
  });

  it('inserts nothing when the claim is refused, or when the worker gives no answer (never retried)', async () => {
    for (const answer of [{ granted: false, blockedBy: 'already-claimed', values: {} } as const, 'no answer' as const]) {
      const { job, deps, clicks, claim, textarea } = setup(answer);
      const outcome = await autoSend(job, deps);
      expect(outcome.status).toBe(answer === 'no answer' ? 'no-answer' : 'held');
      expect(claim).toHaveBeenCalledTimes(1);
      expect(clicks).not.toHaveBeenCalled();
      expect(textarea.value).toBe('');
    }
  });

  it('asks for no claim when the buyer wrote again during the pause', async () => {
    const { job, deps, claim, clicks, reports, lastCard } = setup();
    const again = lastCard().cloneNode(true) as Element;
    again.querySelector('pre')!.textContent = 'Hello??';
    lastCard().after(again);
    expect(await autoSend(job, deps)).toEqual({ status: 'held', stage: 'page', blockedBy: 'newer-message' });
    expect(claim).not.toHaveBeenCalled();
    expect(clicks).not.toHaveBeenCalled();
    expect(reports).toMatchObject([{ result: 'blocked', guard: 'newer-message' }]);
  });

  it('asks for no claim when the agent pressed a key since the buyer message', async () => {
    const { job, deps, claim, agentActs } = setup();
    agentActs();
    expect(await autoSend(job, deps)).toMatchObject({ status: 'held', stage: 'page', blockedBy: 'agent-typing' });
    expect(claim).not.toHaveBeenCalled();
  });

  it('never clicks when the agent typed while it waited for the send button, and leaves the agent only their own keys', async () => {
    const { job, deps, clicks, textarea, button, agentActs } = setup();
    let typed = false;
    deps.activity.whileInserting = async <T,>(insert: () => Promise<T>) => {
      const done = await insert();
      if (typed) return done;
      typed = true;
      // The page is slow to enable its button; meanwhile the agent types.
      button.setAttribute('disabled', '');
      textarea.value += 'ok';
      agentActs();
      return done;
    };
    expect(await autoSend(job, deps)).toEqual({ status: 'held', stage: 'click', blockedBy: 'agent-typing' });
    expect(clicks).not.toHaveBeenCalled();
    expect(textarea.value).toBe('ok');
  });

  it('on a page that sends with Enter, presses Enter in the composer instead of clicking, after the same checks', async () => {
    const { job, deps, clicks, enters, keypresses, textarea, button, reports } = setup({ granted: true }, 'enter');
    button.remove(); // such a page may have no send button at all
    expect(await autoSend(job, deps)).toEqual({ status: 'sent' });
    expect(enters).toHaveBeenCalledTimes(1);
    // The page took the keydown: no keypress follows, as in a browser.
    expect(keypresses).not.toHaveBeenCalled();
    expect(clicks).toHaveBeenCalledTimes(1);
    expect(textarea.value).toBe('');
    expect(reports.map((r) => r.result)).toEqual(['sent']);
  });

  it('on a page that sends with Enter, presses nothing when the composer no longer holds exactly our text', async () => {
    const { job, deps, enters, textarea } = setup({ granted: true }, 'enter');
    deps.activity.whileInserting = async <T,>(insert: () => Promise<T>) => {
      const done = await insert();
      // A page script (not the agent) appends to the composer after our insertion.
      textarea.value += ' and more';
      return done;
    };
    expect(await autoSend(job, deps)).toEqual({ status: 'held', stage: 'click', blockedBy: 'composer-changed' });
    expect(enters).not.toHaveBeenCalled();
  });

  it('on a page that sends with a button, never presses Enter', async () => {
    const { job, deps, enters, clicks } = setup();
    expect(await autoSend(job, deps)).toEqual({ status: 'sent' });
    expect(enters).not.toHaveBeenCalled();
    expect(clicks).toHaveBeenCalledTimes(1);
  });
});
