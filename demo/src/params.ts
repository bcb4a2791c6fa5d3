/** Demo options from the URL; see demo/README.md. */
export interface DemoParams {
  composer: 'textarea' | 'contenteditable';
  /** `v2` renders the chat with renamed classes and no test ids: a redesign no selector knows. */
  dom: 'v1' | 'v2';
  conversation: string | null;
  /** Multiplier of script delays: 1 normal, 0.1 fast, 0 instant. */
  speed: number;
  locale: 'en' | 'zh';
  /** Tabs with `sync=1` show one shared chat (buyer messages and the shop's replies), as two tabs of the real chat do. */
  sync: boolean;
  /** `ids=none`: conversation cards carry no id attribute, so a conversation is known by its buyer's name only. */
  ids: 'shown' | 'none';
  /** `twins=1`: the buyer of c-7305 is called "Emily Carter" too, like the buyer of c-7301. */
  twins: boolean;
  /**
   * `list=virtual`: the message list draws a window of VIRTUAL_WINDOW messages in a fixed pool of
   * nodes, as react-virtuoso does: scrolling or a new message re-uses the nodes and changes their
   * text in place (`demo.scroll-up` / `demo.scroll-down` move the window).
   */
  list: 'plain' | 'virtual';
}

function speedOf(raw: string | null): number {
  if (raw === 'fast') return 0.1;
  if (raw === 'instant') return 0;
  const n = Number(raw);
  return raw && Number.isFinite(n) && n >= 0 ? 1 / Math.max(n, 0.001) : 1;
}

export function readParams(search: string): DemoParams {
  const q = new URLSearchParams(search);
  return {
    composer: q.get('composer') === 'contenteditable' ? 'contenteditable' : 'textarea',
    dom: q.get('dom') === 'v2' ? 'v2' : 'v1',
    conversation: q.get('conversation'),
    speed: q.get('speed') === null ? 1 : q.get('speed') === 'normal' ? 1 : speedOf(q.get('speed')),
    locale: q.get('locale')?.startsWith('zh') ? 'zh' : 'en',
    sync: q.get('sync') === '1',
    ids: q.get('ids') === 'none' ? 'none' : 'shown',
    twins: q.get('twins') === '1',
    list: q.get('list') === 'virtual' ? 'virtual' : 'plain',
  };
}

export const params = readParams(typeof location === 'undefined' ? '' : location.search);
