import { createAsk } from '../../lib/messages/ask';

/** The popup's questions to the background worker, each reply parsed by its response schema. */
export const ask = createAsk((message) => browser.runtime.sendMessage(message));
