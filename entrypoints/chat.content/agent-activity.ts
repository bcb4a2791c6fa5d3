import type { ChatPage } from './page';

/** What the agent does in the composer: key presses, typing, pasting, dropping, IME input. */
const AGENT_EVENTS = ['keydown', 'beforeinput', 'input', 'paste', 'drop', 'compositionstart'] as const;

/**
 * Counts the agent's own actions in the composer, so a pending automatic reply can tell whether
 * the agent touched it since the decision. Only trusted events count (a page script cannot fake
 * them), and not the ones our own insertion raises (execCommand's input events are trusted).
 */
export function createAgentActivity(page: ChatPage, doc: Document = document) {
  let count = 0;
  let inserting = 0;
  const onEvent = (e: Event) => {
    if (!e.isTrusted || inserting > 0) return;
    const composer = page.composer();
    if (!composer || !(e.target instanceof Node) || !composer.contains(e.target)) return;
    count++;
  };
  return {
    start() {
      for (const type of AGENT_EVENTS) doc.addEventListener(type, onEvent, true);
    },
    stop() {
      for (const type of AGENT_EVENTS) doc.removeEventListener(type, onEvent, true);
    },
    /** Grows with every action of the agent's; compare two readings. */
    count: () => count,
    /** True while we insert text ourselves: events raised meanwhile are not the agent's. */
    inserting: () => inserting > 0,
    async whileInserting<T>(insert: () => Promise<T>): Promise<T> {
      inserting++;
      try {
        return await insert();
      } finally {
        inserting--;
      }
    },
  };
}
export type AgentActivity = ReturnType<typeof createAgentActivity>;
