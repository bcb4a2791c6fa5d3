import type { CurrentConversation } from '../../lib/messages/protocol';
import { createTabAsk, type AskTab } from '../../lib/messages/ask';

/** The pages the content script runs on, as this build's manifest declares them. */
function chatPageMatches(): string[] {
  return (browser.runtime.getManifest().content_scripts ?? []).flatMap((script) => script.matches ?? []);
}

/**
 * The chat tab the agent works in: the active tab when it is a chat page, else the chat tab used
 * last (the popup may be open in a window of its own).
 */
export async function findChatTab(): Promise<number | undefined> {
  const tabs = await browser.tabs.query({ url: chatPageMatches() });
  const active = tabs.find((t) => t.active);
  const chosen = active ?? [...tabs].sort((a, b) => (b.lastAccessed ?? 0) - (a.lastAccessed ?? 0))[0];
  return chosen?.id;
}

/** Asks the content script of one tab; the reply is parsed by the request type's response schema. */
export const askChatTab = (tabId: number): AskTab => createTabAsk((message) => browser.tabs.sendMessage(tabId, message));

export async function currentConversation(tabId: number): Promise<CurrentConversation | null> {
  try {
    return await askChatTab(tabId)({ type: 'get-current' });
  } catch {
    return null; // no content script in that tab (not a chat page, or loaded before the extension)
  }
}
