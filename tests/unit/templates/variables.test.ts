import { describe, expect, it } from 'vitest';
import { findVariables, renderTemplate, valuesFor } from '../../../lib/templates/variables';

describe('reply variables', () => {
  it('finds the placeholders of a reply once each, in order', () => {
    expect(findVariables('Hi {buyer_name}, order {order_id} for {buyer_name}')).toEqual(['buyer_name', 'order_id']);
  });

  it('fills known values and reports the missing ones instead of showing a blank', () => {
    const r = renderTemplate('Hi {buyer_name}, your order {order_id} ships today.', { buyer_name: 'Sofía', order_id: '  ' });
    expect(r.text).toBe('Hi Sofía, your order {order_id} ships today.');
    expect(r.missing).toEqual(['order_id']);
  });

  it('takes values from what the page shows and the shop settings', () => {
    const values = valuesFor({ buyerName: '李伟', orderId: '5768' }, { shopName: 'Demo Shop', agentName: '' });
    expect(renderTemplate('{buyer_name}您好，{shop_name}为您服务，订单{order_id}，{agent_name}', values)).toEqual({
      text: '李伟您好，Demo Shop为您服务，订单5768，{agent_name}',
      missing: ['agent_name'],
      filled: [
        { name: 'buyer_name', index: 0, length: 2 },
        { name: 'shop_name', index: 5, length: 9 },
        { name: 'order_id', index: 21, length: 4 },
      ],
    });
  });

  it('says where each filled value sits, also when a value repeats or is trimmed', () => {
    const r = renderTemplate('{buyer_name}, {buyer_name}! {unknown} {sku}', { buyer_name: ' Ann ', sku: 'TS-01' });
    expect(r.text).toBe('Ann, Ann! {unknown} TS-01');
    expect(r.filled.map((f) => [f.name, r.text.slice(f.index, f.index + f.length)])).toEqual([
      ['buyer_name', 'Ann'],
      ['buyer_name', 'Ann'],
      ['sku', 'TS-01'],
    ]);
  });
});
