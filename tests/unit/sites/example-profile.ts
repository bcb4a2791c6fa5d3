/** The example of site-profile-v1 (docs/spec/site-profile-v1.md), as a fresh object each time. */
export function exampleProfile() {
  return {
    format: 'shopreply.site-profile',
    formatVersion: 1,
    id: 'example-helpdesk',
    name: 'Example helpdesk chat',
    version: '1.0.0',
    matches: ['https://chat.example.com/inbox/*'],
    selectors: {
      conversationCard: ['.inbox li'],
      activeConversationCard: ['.inbox li.is-open', '.inbox li[aria-selected="true"]'],
      headerBuyerName: ['header .customer-name'],
      messageList: ['.thread'],
      messageCard: ['.thread > .msg'],
      buyerBubble: ['.msg--in'],
      sellerBubble: ['.msg--out'],
      messageText: ['.msg__body'],
      composerEditable: ['.reply-box [contenteditable="true"]'],
      sendButton: ['.reply-box button.send'],
    } as Record<string, string[]>,
    conversationId: [{ url: 'param', name: 'ticket' }, { text: 'headerBuyerName' }] as unknown[],
    send: 'button',
  };
}

/** The example with only the required roles. */
export function minimalExampleProfile() {
  const { messageCard, buyerBubble, composerEditable, sendButton } = exampleProfile().selectors;
  return { ...exampleProfile(), selectors: { messageCard, buyerBubble, composerEditable, sendButton } as Record<string, string[]> };
}
