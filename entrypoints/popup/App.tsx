import { useEffect, useMemo, useState } from 'react';
import { SuggestionList } from '../../components/SuggestionList';
import { PhraseSearch } from '../../components/PhraseSearch';
import type { CurrentConversation, Phrase } from '../../lib/messages/protocol';
import { askChatTab, currentConversation, findChatTab } from './chat-tab';
import { ask } from './ask';
import { ShopReplyDB } from '../../lib/db/database';
import { loadSettings } from '../../lib/db/settings';
import { renderTemplate, valuesFor } from '../../lib/templates/variables';
import { ConversationControls } from './ConversationControls';
import { FollowUps } from './FollowUps';
import { ErrorBoundary } from '../../components/ErrorBoundary';
import { resolveUiLanguage, t, type MessageKey } from '../../lib/i18n';

/** Error boundary texts for one part of the popup, in the browser's language. */
function boundaryTexts(area: MessageKey) {
  const ui = resolveUiLanguage(navigator.language);
  return {
    title: t(ui, 'boundary.title', { area: t(ui, area) }),
    detail: (error: string) => t(ui, 'boundary.detail', { error }),
    retry: t(ui, 'boundary.retry'),
  };
}

export function App() {
  const [tabId, setTabId] = useState<number>();
  const [conversation, setConversation] = useState<CurrentConversation | null>(null);
  const [phrases, setPhrases] = useState<Phrase[]>([]);
  const [notice, setNotice] = useState('');
  const [shop, setShop] = useState<{ agentName?: string; shopName?: string }>({});

  useEffect(() => {
    void (async () => {
      const id = await findChatTab();
      setTabId(id);
      if (id !== undefined) setConversation(await currentConversation(id));
      const list = await ask({ type: 'list-phrases' }).catch((e: unknown) => console.warn('ShopReply:', e));
      if (list) setPhrases(list.phrases);
      setShop(await loadSettings(new ShopReplyDB()));
    })();
  }, []);

  const suggestions = conversation?.suggestions ?? [];
  // Library phrases are templates: fill them with what the chat shows, as the suggestions are.
  const rendered = useMemo(() => {
    const values = valuesFor(conversation?.context, shop);
    return phrases.map((p) => ({ ...p, text: renderTemplate(p.text, values).text }));
  }, [phrases, conversation, shop]);
  const hasSuggestions = suggestions.length > 0;

  async function insert(text: string, rule?: { ruleId: string; packId: string }, override = false) {
    if (tabId === undefined) return;
    const inserted = await askChatTab(tabId)({ type: 'insert', text, ruleId: rule?.ruleId, packId: rule?.packId, override }).catch(() => ({ ok: false }));
    setNotice(inserted.ok ? 'Inserted into the composer' : 'Could not insert: reload the chat tab');
  }

  const header = useMemo(() => {
    if (tabId === undefined) return 'Open the TikTok Shop seller chat to see suggestions here.';
    if (!conversation) return 'This chat tab is not ready: reload it once.';
    if (!conversation.profileOk) return "ShopReply can't read this chat page.";
    if (!conversation.conversationId) return 'No conversation is open.';
    return null;
  }, [tabId, conversation]);

  return (
    <main className="popup">
      <h1>ShopReply</h1>
      {header && <p className="muted" data-testid="popup.status">{header}</p>}
      {/* Each part has its own error boundary: a part that fails says why, the others keep working. */}
      <ErrorBoundary texts={boundaryTexts('area.conversation')} area="conversation" resetKey={conversation}>
        {conversation?.conversationId && (
          <section aria-label="Current conversation" data-testid="popup.conversation">
            <h2>{conversation.buyerName ?? conversation.conversationId}</h2>
            <ConversationControls conversationId={conversation.conversationId} />
            {conversation.lastBuyerMessage && <p className="buyer">{conversation.lastBuyerMessage}</p>}
            {hasSuggestions ? (
              <SuggestionList
                suggestions={suggestions}
                onAccept={(i) => void insert(suggestions[i].text, suggestions[i])}
              />
            ) : (
              <p className="muted">No suggestion for the last message.</p>
            )}
          </section>
        )}
      </ErrorBoundary>
      <ErrorBoundary texts={boundaryTexts('area.followUps')} area="followUps">
        <FollowUps />
      </ErrorBoundary>
      <ErrorBoundary texts={boundaryTexts('area.phrases')} area="phrases" resetKey={rendered}>
        <section aria-label="Quick phrases">
          <h2>Library</h2>
          <PhraseSearch
            phrases={rendered}
            onChoose={(p) => void insert(p.text, p, hasSuggestions && !suggestions.some((s) => s.ruleId === p.ruleId && s.packId === p.packId))}
          />
        </section>
      </ErrorBoundary>
      {notice && <p role="status" className="notice">{notice}</p>}
    </main>
  );
}
