import { cx, hook } from '../hooks';
import type { Conversation } from '../types';

/** The buyer's order beside the chat: what the seller looks up before answering. */
export function OrderPanel({ conversation }: { conversation: Conversation }) {
  const order = conversation.order;
  return (
    <aside className={cx('chat-detail')}>
      <div className={cx('chat-detail-title')}>Orders</div>
      {order ? (
        <section className={cx('order-card')} {...hook('order_card')}>
          <div className={cx('order-card-status')}>{order.status}</div>
          <div className={cx('order-card-row')}>
            <span className={cx('order-card-label')}>Order ID: </span>
            <span className={cx('order-card-id')} {...hook('order_card_id')}>{order.id}</span>
          </div>
          <div className={cx('order-card-product')}>
            <div className={cx('order-card-product-name')} {...hook('order_card_product_name')}>{order.product.name}</div>
            <div className={cx('order-card-row')}>
              <span className={cx('order-card-label')}>SKU: </span>
              <span className={cx('order-card-sku')} {...hook('order_card_sku')}>{order.product.sku}</span>
            </div>
            <div className={cx('order-card-row')}>
              {order.product.price} × {order.quantity}
            </div>
          </div>
        </section>
      ) : (
        <div className={cx('chat-detail-empty')}>No orders from this buyer</div>
      )}
    </aside>
  );
}
