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
import { resolveUiLanguage, t, type MessageKey, type UiLanguage } from '../../lib/i18n';

/** Error boundary texts for one part of the popup, in the interface language. */
function boundaryTexts(ui: UiLanguage, area: MessageKey) {
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
  const [shop, setShop] = useState<{ agentName?: string; shopName?: string; interfaceLanguage?: string }>({});
  const ui = resolveUiLanguage(navigator.language, shop.interfaceLanguage);

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
    setNotice(inserted.ok ? t(ui, 'popup.inserted') : t(ui, 'popup.insertFailed'));
  }

  const header = useMemo(() => {
    if (tabId === undefined) return t(ui, 'popup.noChatTab');
    if (!conversation) return t(ui, 'popup.tabNotReady');
    if (!conversation.profileOk) return t(ui, 'popup.cannotRead');
    if (!conversation.conversationId) return t(ui, 'popup.noConversation');
    return null;
  }, [tabId, conversation, ui]);
  // The language the buyer writes in, as the worker matched it: the library lists it first.
  const buyerLanguage = suggestions[0]?.language;

  return (
    <main className="popup" lang={ui === 'zh' ? 'zh-CN' : 'en'}>
      <h1>ShopReply</h1>
      {header && <p className="muted" data-testid="popup.status">{header}</p>}
      {/* Each part has its own error boundary: a part that fails says why, the others keep working. */}
      <ErrorBoundary texts={boundaryTexts(ui, 'area.conversation')} area="conversation" resetKey={conversation}>
        {conversation?.conversationId && (
          <section aria-label={t(ui, 'popup.conversation')} data-testid="popup.conversation">
            <h2>{conversation.buyerName ?? conversation.conversationId}</h2>
            <ConversationControls conversationId={conversation.conversationId} ui={ui} />
            {conversation.lastBuyerMessage && <p className="buyer">{conversation.lastBuyerMessage}</p>}
            {hasSuggestions ? (
              <SuggestionList
                suggestions={suggestions}
                ui={ui}
                onAccept={(i) => void insert(suggestions[i].text, suggestions[i])}
              />
            ) : (
              <p className="muted">{t(ui, 'popup.noSuggestion')}</p>
            )}
          </section>
        )}
      </ErrorBoundary>
      <ErrorBoundary texts={boundaryTexts(ui, 'area.followUps')} area="followUps">
        <FollowUps ui={ui} />
      </ErrorBoundary>
      <ErrorBoundary texts={boundaryTexts(ui, 'area.phrases')} area="phrases" resetKey={rendered}>
        <section aria-label={t(ui, 'popup.library')}>
          <h2>{t(ui, 'popup.library')}</h2>
          <PhraseSearch
            ui={ui}
            buyerLanguage={buyerLanguage}
            phrases={rendered}
            onChoose={(p) => void insert(p.text, p, hasSuggestions && !suggestions.some((s) => s.ruleId === p.ruleId && s.packId === p.packId))}
          />
        </section>
      </ErrorBoundary>
      {notice && <p role="status" className="notice">{notice}</p>}
    </main>
  );
}
