import type { Conversation, Message, Product } from './types';

const P = {
  hoodie: { name: 'Oversized Cotton Hoodie', sku: 'HD-OVS-BLK-M', price: '$39.90' },
  earbuds: { name: 'Wireless Earbuds Pro (ANC)', sku: 'EB-PRO-WHT', price: '$59.00' },
  bottle: { name: 'Insulated Steel Water Bottle 750 ml', sku: 'WB-750-SLV', price: '$24.50' },
  pillowcase: { name: 'Mulberry Silk Pillowcase', sku: 'SP-22-CHP-Q', price: '$29.99' },
  lamp: { name: 'LED Desk Lamp with USB-C', sku: 'LMP-LED-USBC', price: '$34.00' },
  case: { name: 'MagSafe Clear Phone Case', sku: 'PC-MS-CLR-15P', price: '$19.90' },
  serum: { name: 'Vitamin C Brightening Serum 30 ml', sku: 'SR-VC-30', price: '$22.00' },
  yoga: { name: 'Non-slip Yoga Mat 6 mm', sku: 'YM-6MM-PUR', price: '$32.00' },
} satisfies Record<string, Product>;

// Fixed dates keep captures of the demo reproducible.
const at = (day: number, hh: number, mm: number) => new Date(2026, 8, day, hh, mm).getTime();

let n = 0;
const msg = (author: Message['author'], text: string, time: number, product?: Product): Message => ({
  id: `m${++n}`,
  author,
  text,
  at: time,
  product,
});
const b = (text: string, time: number, product?: Product) => msg('buyer', text, time, product);
const s = (text: string, time: number) => msg('seller', text, time);

export function seedConversations(): Conversation[] {
  n = 0;
  return [
    {
      id: 'c-7301', buyer: 'Emily Carter', language: 'en', unread: 1, draft: '',
      order: { id: '576894223136313201', status: 'Awaiting shipment', product: P.hoodie, quantity: 1 },
      older: [b('Do you ship to Canada?', at(1, 9, 12)), s('Hi Emily! Yes, we ship to Canada in 7–10 days.', at(1, 9, 20))],
      messages: [
        b('Hi! I just ordered the hoodie.', at(3, 17, 52)),
        s('Thank you for your order, Emily!', at(3, 17, 54)),
        b('Is it true to size? I usually wear a M.', at(3, 17, 55)),
      ],
    },
    {
      id: 'c-7302', buyer: '李伟', language: 'zh', unread: 2, draft: '',
      order: { id: '576894223136489102', status: 'Shipped', product: P.earbuds, quantity: 2 },
      older: [b('耳机有白色的吗？', at(1, 20, 3)), s('有的，白色现货。', at(1, 20, 10))],
      messages: [
        msg('system', 'The buyer placed an order', at(2, 11, 30)),
        b('你好，我的订单发货了吗？', at(3, 10, 2)),
        b('物流单号是多少？', at(3, 10, 3)),
      ],
    },
    {
      id: 'c-7303', buyer: 'Sofía Martínez', language: 'es', unread: 0, draft: '',
      order: { id: '576894223136550377', status: 'Delivered', product: P.bottle, quantity: 1 },
      older: [b('Hola, ¿la botella mantiene el agua fría todo el día?', at(-1, 8, 40))],
      messages: [
        b('Hola, ya recibí la botella.', at(2, 14, 5)),
        s('¡Qué bien, Sofía! ¿Todo en orden?', at(2, 14, 9)),
        b('Sí, gracias. ¿Tienen también la de 1 litro?', at(2, 14, 12), P.bottle),
      ],
    },
    {
      id: 'c-7304', buyer: 'João Pereira', language: 'pt', unread: 1, draft: '',
      order: { id: '576894223136612480', status: 'Delivered', product: P.lamp, quantity: 1 },
      older: [],
      messages: [b('Olá, a luminária chegou com o cabo danificado. Como faço a troca?', at(3, 8, 47))],
    },
    {
      id: 'c-7305', buyer: 'Camille Dubois', language: 'fr', unread: 0, draft: '',
      order: { id: '576894223136704955', status: 'Awaiting shipment', product: P.pillowcase, quantity: 2 },
      older: [b('Bonjour, la taie existe en gris ?', at(1, 16, 0)), s('Bonjour Camille, oui, en gris perle.', at(1, 16, 4))],
      messages: [
        b('Bonjour, puis-je changer l’adresse de livraison ?', at(2, 19, 21)),
        s('Bonjour ! Oui, envoyez-moi la nouvelle adresse.', at(2, 19, 30)),
      ],
    },
    {
      id: 'c-7306', buyer: 'Lukas Schneider', language: 'de', unread: 0, draft: '',
      older: [],
      messages: [b('Hallo, ist die Handyhülle mit dem iPhone 15 Pro kompatibel?', at(2, 9, 15), P.case)],
    },
    {
      id: 'c-7307', buyer: '佐藤 美咲', language: 'ja', unread: 0, draft: '',
      order: { id: '576894223136811026', status: 'Shipped', product: P.serum, quantity: 1 },
      older: [],
      messages: [
        b('こんにちは。セラムはいつ届きますか？', at(1, 12, 40)),
        s('佐藤様、ご注文ありがとうございます。明日お届け予定です。', at(1, 12, 52)),
      ],
    },
    {
      id: 'c-7308', buyer: '김민지', language: 'ko', unread: 0, draft: '',
      order: { id: '576894223136902713', status: 'Awaiting shipment', product: P.yoga, quantity: 1 },
      older: [],
      messages: [b('안녕하세요, 요가매트 색상 변경 가능할까요?', at(1, 21, 8))],
    },
  ];
}
