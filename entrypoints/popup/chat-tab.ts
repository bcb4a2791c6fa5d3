import { SELLER_CHAT_MATCHES, DEMO_MATCHES } from '../../lib/sites/hosts';
import {
  CurrentConversationSchema,
  type CurrentConversation,
  type TabRequest,
} from '../../lib/messages/protocol';

/**
 * The chat tab the agent works in: the active tab when it is a chat page, else the chat tab used
 * last (the popup may be open in a window of its own).
 */
export async function findChatTab(): Promise<number | undefined> {
  const tabs = await browser.tabs.query({ url: [...SELLER_CHAT_MATCHES, ...DEMO_MATCHES] });
  const active = tabs.find((t) => t.active);
  const chosen = active ?? [...tabs].sort((a, b) => (b.lastAccessed ?? 0) - (a.lastAccessed ?? 0))[0];
  return chosen?.id;
}

export async function askChatTab(tabId: number, request: TabRequest): Promise<unknown> {
  return browser.tabs.sendMessage(tabId, request);
}

export async function currentConversation(tabId: number): Promise<CurrentConversation | null> {
  try {
    const parsed = CurrentConversationSchema.safeParse(await askChatTab(tabId, { type: 'get-current' }));
    return parsed.success ? parsed.data : null;
  } catch {
    return null; // no content script in that tab (not a chat page, or loaded before the extension)
  }
}
