import type { z } from 'zod';

export interface MessageSender {
  id?: string;
}

export type Received<T> = { ok: true; message: T } | { ok: false; error: string };

/**
 * Accepts a message only from our own extension (checked by `sender.id`, which a web page cannot
 * forge; `sender.url` can be any page the content script runs on) and only in the shape the
 * schema describes.
 */
export function receive<S extends z.ZodType>(
  schema: S,
  raw: unknown,
  sender: MessageSender,
  ownId: string,
): Received<z.infer<S>> {
  if (sender.id !== ownId) return { ok: false, error: 'message from another extension or page refused' };
  const parsed = schema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return { ok: false, error: `malformed message: ${issue.path.join('.') || '(top level)'}: ${issue.message}` };
  }
  return { ok: true, message: parsed.data };
}
