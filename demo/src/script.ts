/** The scripted multilingual session that "Play script" plays; delays are in ms before each line. */
export interface ScriptLine {
  conversationId: string;
  text: string;
  delayMs: number;
}

export const DEMO_SCRIPT: ScriptLine[] = [
  { conversationId: 'c-7301', text: 'Also, when will my order ship?', delayMs: 1500 },
  { conversationId: 'c-7302', text: '你好，请问什么时候发货？', delayMs: 2500 },
  { conversationId: 'c-7303', text: '¿Cuánto tarda el envío a Madrid?', delayMs: 2500 },
  { conversationId: 'c-7304', text: 'Posso devolver e receber o reembolso?', delayMs: 2500 },
  { conversationId: 'c-7305', text: 'Bonjour, quel est le délai de livraison ?', delayMs: 2500 },
  { conversationId: 'c-7306', text: 'Hallo, wann wird meine Bestellung verschickt?', delayMs: 2500 },
  { conversationId: 'c-7307', text: '返品はできますか？', delayMs: 2500 },
  { conversationId: 'c-7308', text: '배송은 언제 되나요?', delayMs: 2500 },
  { conversationId: 'c-7301', text: 'Thanks! Can I still change the size to L?', delayMs: 3000 },
];
