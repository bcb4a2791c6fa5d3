import { cx, hook } from '../hooks';
import type { Product } from '../types';

/** A product the buyer shared into the chat. */
export function ProductCard({ product }: { product: Product }) {
  return (
    <div className={cx('product-card')} {...hook('product_card')}>
      <div className={cx('product-card-thumb')} aria-hidden="true" />
      <div className={cx('product-card-info')}>
        <div className={cx('product-card-name')} {...hook('product_card_name')}>{product.name}</div>
        <div className={cx('product-card-meta')}>
          <span className={cx('product-card-label')}>SKU: </span>
          <span className={cx('product-card-sku')} {...hook('product_card_sku')}>{product.sku}</span>
        </div>
        <div className={cx('product-card-price')}>{product.price}</div>
      </div>
    </div>
  );
}
