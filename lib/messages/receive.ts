import type { z } from 'zod';
import { WORKER_CONTRACTS, TAB_CONTRACTS, maySend, type SenderKind } from './contract';
import { RequestSchema, TabRequestSchema, type ErrorCode, type Request, type TabRequest } from './protocol';

/** The parts of Chrome's `runtime.MessageSender` the receivers look at. */
export interface MessageSender {
  id?: string;
  url?: string;
  tab?: unknown;
}

/** Our own extension: its id and its pages' origin (`chrome-extension://<id>`, no trailing slash). */
export interface Self {
  id: string;
  origin: string;
}

/** `Self` from `browser.runtime.id` and `browser.runtime.getURL('/')`. */
export const selfOf = (id: string, rootUrl: string): Self => ({ id, origin: rootUrl.replace(/\/+$/, '') });

export type Received<T> = { ok: true; message: T; from: SenderKind } | { ok: false; code: Extract<ErrorCode, 'refused' | 'malformed'>; error: string };

/**
 * Which of our contexts sent a message. `sender.id` and `sender.url` are set by the browser, not by
 * the sender: a page at our origin is one of our extension pages (the options page has a `tab` too
 * when it is open in a tab); anything else from our extension is our content script in a web page's
 * tab. Another extension, or a sender without a tab and outside our origin, is nobody we talk to.
 */
export function senderKind(sender: MessageSender, self: Self): SenderKind | undefined {
  if (sender.id !== self.id || !sender.url) return undefined;
  if (sender.url.startsWith(`${self.origin}/`)) return 'extension-page';
  return sender.tab ? 'content-script' : undefined;
}

function receiveOf<S extends z.ZodType<{ type: string }>>(
  schema: S,
  contracts: Parameters<typeof maySend>[0],
  raw: unknown,
  sender: MessageSender,
  self: Self,
): Received<z.output<S>> {
  const from = senderKind(sender, self);
  if (!from) return { ok: false, code: 'refused', error: 'message from another extension or page refused' };
  const parsed = schema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return { ok: false, code: 'malformed', error: `malformed message: ${issue.path.join('.') || '(top level)'}: ${issue.message}` };
  }
  const type = parsed.data.type;
  if (!maySend(contracts, type, from)) return { ok: false, code: 'refused', error: `"${type}" may not be sent from a ${from}` };
  return { ok: true, message: parsed.data, from };
}

/** A message to the background worker, accepted only in its shape and from a sender allowed to send it. */
export const receiveRequest = (raw: unknown, sender: MessageSender, self: Self): Received<Request> =>
  receiveOf(RequestSchema, WORKER_CONTRACTS, raw, sender, self);

/** A message to the content script, accepted only in its shape and from our popup (or another page of ours). */
export const receiveTabRequest = (raw: unknown, sender: MessageSender, self: Self): Received<TabRequest> =>
  receiveOf(TabRequestSchema, TAB_CONTRACTS, raw, sender, self);
