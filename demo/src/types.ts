export type Author = 'buyer' | 'seller' | 'system';

export interface Product {
  name: string;
  sku: string;
  price: string;
}

export interface Message {
  id: string;
  author: Author;
  text: string;
  at: number;
  /** A product the buyer shared into the chat, shown as a card instead of text. */
  product?: Product;
}

export interface Order {
  id: string;
  status: string;
  product: Product;
  quantity: number;
}

export interface Conversation {
  id: string;
  buyer: string;
  language: string;
  messages: Message[];
  /** History not loaded yet: "load older" prepends it, newest first. */
  older: Message[];
  unread: number;
  order?: Order;
  draft: string;
}
