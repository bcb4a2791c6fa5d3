import {
  ChatContainer,
  Conversation,
  ConversationHeader,
  ConversationList,
  ExpansionPanel,
  MainContainer,
  Message,
  MessageInput,
  MessageList,
  Sidebar,
} from '@chatscope/chat-ui-kit-react';
import { useEffect, useReducer } from 'react';
import { BrokenComposer } from '../../shared/BrokenComposer';
import { initialKitState, kitReducer, lastMessage, timeLabel } from '../../shared/model';
import { readParams } from '../../shared/params';
import { Simulator } from '../../shared/Simulator';
import { htmlToText } from '../../shared/text';
import { ORDERS, seedConversations } from './seed';

const params = readParams(location.search);

/** A support inbox built only from chatscope's components; the open conversation is `?c=` in the URL. */
export function App() {
  const [state, dispatch] = useReducer(kitReducer, undefined, () =>
    initialKitState(seedConversations(), new URLSearchParams(location.search).get('c')),
  );
  const active = state.conversations.find((c) => c.id === state.activeId)!;
  const order = ORDERS[active.id];

  useEffect(() => {
    const url = new URL(location.href);
    if (url.searchParams.get('c') === active.id) return;
    url.searchParams.set('c', active.id);
    history.replaceState(null, '', url);
  }, [active.id]);

  const send = (text: string) => {
    if (text.trim()) dispatch({ type: 'shop-send', text, at: Date.now() });
  };

  return (
    <div className="kit-page">
      <div className="kit-chat">
        <MainContainer responsive>
          <Sidebar position="left" scrollable>
            <ConversationList>
              {state.conversations.map((c) => (
                <Conversation
                  key={c.id}
                  data-conversation-id={c.id}
                  name={c.buyer}
                  info={lastMessage(c)?.text}
                  lastActivityTime={lastMessage(c) ? timeLabel(lastMessage(c)!.at) : undefined}
                  unreadCnt={c.unread}
                  active={c.id === state.activeId}
                  onClick={() => dispatch({ type: 'open', id: c.id })}
                />
              ))}
            </ConversationList>
          </Sidebar>
          <ChatContainer>
            <ConversationHeader>
              <ConversationHeader.Content userName={active.buyer} info={`Order ${order.orderId}`} />
            </ConversationHeader>
            <MessageList>
              {active.messages.map((m) => (
                <Message
                  key={m.id}
                  model={{
                    type: 'text',
                    message: m.text,
                    sender: m.from === 'buyer' ? active.buyer : 'Shop',
                    direction: m.from === 'buyer' ? 'incoming' : 'outgoing',
                    position: 'single',
                  }}
                >
                  <Message.Footer sentTime={timeLabel(m.at)} />
                </Message>
              ))}
            </MessageList>
            {params.breakRoles.has('composer') ? (
              <BrokenComposer as="MessageInput" onSend={send} />
            ) : (
              // Keyed by conversation: a fresh, uncontrolled input per chat, as chatscope's own examples do.
              // What is sent is the input's own state (its innerHTML), not the DOM's text.
              <MessageInput
                key={active.id}
                placeholder="Type a reply"
                attachButton={false}
                onSend={(innerHtml) => send(htmlToText(innerHtml))}
              />
            )}
          </ChatContainer>
          <Sidebar position="right">
            <ExpansionPanel open title="Order">
              <p className="order-line order-line--id">Order ID: {order.orderId}</p>
              <p className="order-line order-line--product">{order.product}</p>
              <p className="order-line order-line--sku">SKU: {order.sku}</p>
            </ExpansionPanel>
          </Sidebar>
        </MainContainer>
      </div>
      <Simulator state={state} dispatch={dispatch} />
    </div>
  );
}
