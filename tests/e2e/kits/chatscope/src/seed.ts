import { conversation, history } from '../../shared/seed';
import type { KitConversation } from '../../shared/model';

/** The orders shown in the side panel, one per conversation. */
export const ORDERS: Record<string, { orderId: string; product: string; sku: string }> = {
  'cs-1001': { orderId: '580012345678901', product: 'Linen shirt, sand', sku: 'LS-SAND-M' },
  'cs-1002': { orderId: '580012345678902', product: 'Canvas tote bag', sku: 'TOTE-NAT' },
  'cs-1003': { orderId: '580012345678903', product: 'Ceramic mug set', sku: 'MUG-4-WHT' },
  'cs-1004': { orderId: '580012345678904', product: 'Running socks, 3 pairs', sku: 'SOCK-RUN-L' },
};

export function seedConversations(): KitConversation[] {
  return [
    conversation('cs-1001', 'Emily Carter', history('cs-1001', 6)),
    conversation('cs-1002', 'Lucas Meyer', history('cs-1002', 4, 'shop')),
    conversation('cs-1003', '王小明', history('cs-1003', 3), 1),
    conversation('cs-1004', 'Sofia Rossi', history('cs-1004', 8, 'shop')),
  ];
}
