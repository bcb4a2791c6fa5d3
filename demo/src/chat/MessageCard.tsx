import { cx, hook } from '../hooks';
import { params } from '../params';
import { timeLabel } from '../time';
import type { Message } from '../types';
import { ProductCard } from './ProductCard';

export function MessageCard({ message, buyer }: { message: Message; buyer: string }) {
  const time = (
    <div className={cx('chatd-message-time')} {...hook('message_time')}>
      {timeLabel(message.at, params.locale)}
    </div>
  );
  if (message.author === 'system') {
    return (
      <div className={cx('chatd-message-card')} {...hook('message_card')}>
        <div className={cx('chatd-message', 'chatd-message--system')}>
          {time}
          <div className={cx('chatd-message-system-text')}>{message.text}</div>
        </div>
      </div>
    );
  }
  const self = message.author === 'seller';
  return (
    <div className={cx('chatd-message-card')} {...hook('message_card')}>
      <div className={cx('chatd-message', self ? 'chatd-message--right' : 'chatd-message--left')}>
        <div className={cx('chatd-avatar')}>{self ? 'S' : [...buyer][0]}</div>
        <div className={cx('chatd-message-body')}>
          {time}
          <div className={cx('chatd-bubble-main', self ? 'chatd-bubble-main--self' : 'chatd-bubble-main--other')}>
            {message.product && <ProductCard product={message.product} />}
            {message.text && (
              <div className={cx('chatd-message-body-info-message')}>
                <pre>{message.text}</pre>
              </div>
            )}
          </div>
        </div>
      </div>
    </div>
  );
}
