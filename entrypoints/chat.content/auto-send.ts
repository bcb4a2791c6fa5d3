import { confirmDelivery, type ChatSnapshot } from '../../lib/conversation/autosend';
import { checkSendPage, type SendCheck, type SendTarget } from '../../lib/conversation/send-check';
import type { ClaimResponse, Request, ShownSuggestion } from '../../lib/messages/protocol';
import type { AgentActivity } from './agent-activity';
import { composerText, insertIntoComposer, pressEnter } from './composer';
import type { ChatPage } from './page';

const CONFIRM_TIMEOUT_MS = 4000;
/** A pause before an automatic reply, as a person would take; the agent may act meanwhile. */
export const AUTO_SEND_DELAY_MS = 1500;
const POLL_MS = 50;

type AutoSendResult = Extract<Request, { type: 'auto-send-result' }>;

/** One buyer message the worker found eligible, and the reply it offered for it. */
export interface AutoSendJob extends SendTarget {
  reply: ShownSuggestion;
}

export interface AutoSendDeps {
  page: ChatPage;
  activity: AgentActivity;
  /** Asks the worker for the claim; undefined when it gave no (valid) answer. */
  claim(job: AutoSendJob): Promise<ClaimResponse | undefined>;
  report(result: AutoSendResult): void;
  /** Our bubble is about to appear: it is not the agent's reply. */
  expectOwnBubble(text: string): void;
  /** activity.count() when the buyer message was seen: anything the agent did since cancels. */
  since: number;
  delayMs?: number;
}

export type AutoSendOutcome =
  | { status: 'sent' }
  | { status: 'unconfirmed'; reason: string }
  | { status: 'held'; stage: 'page' | 'claim' | 'click'; blockedBy: string }
  | { status: 'no-answer' };

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

function snapshot(page: ChatPage): ChatSnapshot {
  const composer = page.composer();
  return {
    composerText: composer ? composerText(composer) : '',
    ownBubbles: page.messageCards().flatMap((card) => {
      const m = page.readCard(card);
      return m.author === 'seller' ? [m.text] : [];
    }),
  };
}

/** The page as checkSendPage needs it, read now. */
function checkPage(page: ChatPage, job: AutoSendJob, agentActed: boolean, composer: Parameters<typeof checkSendPage>[2]): SendCheck {
  const onScreen = page.conversation();
  const last = page.messageCards().at(-1);
  const el = page.composer();
  return checkSendPage(
    job,
    {
      onScreenConversationId: onScreen?.conversationId,
      onScreenBuyerName: onScreen?.buyerName,
      lastMessageKey: onScreen && last ? page.keysOf(onScreen.conversationId, [last])[0] : undefined,
      composerText: el ? composerText(el) : undefined,
      agentActed,
    },
    composer,
  );
}

/**
 * Sends the offered reply to one buyer message, at most once. After a pause the page must still
 * show the same buyer, with that message as the last one, an empty composer and no action of the
 * agent's since the decision; then the worker must grant the claim (once per message, against the
 * switches of that moment); right before the click the page is checked again, with exactly our
 * text in the composer. Any doubt holds the reply back for the agent; nothing is ever retried.
 */
export async function autoSend(job: AutoSendJob, deps: AutoSendDeps): Promise<AutoSendOutcome> {
  const { page, activity } = deps;
  const text = job.reply.text;
  const acted = () => activity.count() !== deps.since;
  const base = { type: 'auto-send-result' as const, conversationId: job.conversationId, messageKey: job.messageKey, ruleId: job.reply.ruleId, packId: job.reply.packId, text };
  const hold = (stage: 'page' | 'click', blockedBy: string): AutoSendOutcome => {
    deps.report({ ...base, result: 'blocked', guard: blockedBy });
    return { status: 'held', stage, blockedBy };
  };

  await sleep(deps.delayMs ?? AUTO_SEND_DELAY_MS);
  const before = checkPage(page, job, acted(), { expect: 'empty' });
  if (!before.ok) return hold('page', before.blockedBy);

  const claim = await deps.claim(job);
  if (!claim) return { status: 'no-answer' };
  if (!claim.granted) return { status: 'held', stage: 'claim', blockedBy: claim.blockedBy };

  // The claim took a moment: look again before touching the composer.
  const afterClaim = checkPage(page, job, acted(), { expect: 'empty' });
  const composer = page.composer();
  if (!afterClaim.ok || !composer) return hold('click', afterClaim.ok ? 'no-composer' : afterClaim.blockedBy);

  const bubbles = snapshot(page);
  deps.expectOwnBubble(text);
  await activity.whileInserting(() => insertIntoComposer(composer, text));
  // The page's send button follows its own React state: wait until it takes the text.
  for (let waited = 0; waited < 1000 && page.sendMode === 'button' && page.sendButton()?.hasAttribute('disabled') && !acted(); waited += POLL_MS) await sleep(POLL_MS);

  // Last look, in the same task as the click (or the Enter): nothing can change in between.
  const last = checkPage(page, job, acted(), { expect: 'text', text });
  const byEnter = page.sendMode === 'enter';
  const button = byEnter ? null : page.sendButton();
  const composerNow = page.composer();
  if (!last.ok || (!byEnter && !button) || composerNow !== composer) {
    await removeOurText(composer, text, activity);
    return hold('click', !last.ok ? last.blockedBy : composerNow !== composer ? 'no-composer' : 'no-send-button');
  }
  if (byEnter) pressEnter(composer);
  else button!.click();

  let delivery = confirmDelivery(text, bubbles, snapshot(page));
  for (let waited = 0; delivery.status !== 'confirmed' && waited < CONFIRM_TIMEOUT_MS; waited += POLL_MS) {
    await sleep(POLL_MS);
    delivery = confirmDelivery(text, bubbles, snapshot(page));
  }
  if (delivery.status === 'confirmed') {
    deps.report({ ...base, result: 'sent' });
    return { status: 'sent' };
  }
  deps.report({ ...base, result: 'unconfirmed', detail: delivery.reason });
  return { status: 'unconfirmed', reason: delivery.reason };
}

/** Takes our reply out of the composer, keeping whatever the agent typed around it. */
async function removeOurText(composer: HTMLElement, text: string, activity: AgentActivity) {
  const now = composerText(composer);
  const rest = now.includes(text) ? now.replace(text, '') : now.trim() === text.trim() ? '' : now;
  if (rest !== now) await activity.whileInserting(() => insertIntoComposer(composer, rest));
}
