import { Virtuoso } from 'react-virtuoso';
import { timeLabel, type KitConversation } from '../../shared/model';

/**
 * Recycling keys: a row's DOM node is handed to another message as the list scrolls, as recycling
 * lists do. At most RECYCLE_SLOTS rows are rendered at once (rows are at least 40 px high).
 */
const RECYCLE_SLOTS = 64;

export function Thread({ conversation }: { conversation: KitConversation }) {
  return (
    <Virtuoso
      className="thread"
      data={conversation.messages}
      initialTopMostItemIndex={{ index: 'LAST', align: 'end' }}
      followOutput="auto"
      increaseViewportBy={200}
      computeItemKey={(index) => `row-${index % RECYCLE_SLOTS}`}
      itemContent={(_, m) => (
        // Padding, not margins, around the bubble: Virtuoso measures rows without collapsed margins.
        <div className="thread__row">
          <div className={`bubble bubble--${m.from === 'buyer' ? 'in' : 'out'}`}>
            <p className="bubble__text">{m.text}</p>
            <time className="bubble__time" dateTime={new Date(m.at).toISOString()}>
              {timeLabel(m.at)}
            </time>
          </div>
        </div>
      )}
    />
  );
}
