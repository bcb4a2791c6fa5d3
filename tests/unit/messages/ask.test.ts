import { describe, expect, it, vi } from 'vitest';
import { AskError, createAsk, createTabAsk, type Transport } from '../../../lib/messages/ask';

const replying = (reply: unknown) => vi.fn<Transport>(async () => reply);
const failure = (promise: Promise<unknown>) => promise.then(() => expect.unreachable('ask resolved'), (e: unknown) => e as AskError);

describe('ask(): one request, its reply parsed by the type’s response schema', () => {
  it('resolves with the parsed reply (schema defaults filled in)', async () => {
    const transport = replying({ phrases: [{ ruleId: 'r', packId: 'p', kind: 'faq', language: 'en', text: 'Hi' }] });
    const list = await createAsk(transport)({ type: 'list-phrases' });
    expect(list.phrases[0].keywords).toEqual([]);
    expect(transport).toHaveBeenCalledWith({ type: 'list-phrases' });
  });

  it('a malformed reply is an error, not undefined or a half-valid object', async () => {
    const ask = createAsk(replying({ conversationId: 'c1', autoSend: 'yes' }));
    const error = await failure(ask({ type: 'conversation-state', conversationId: 'c1' }));
    expect(error).toBeInstanceOf(AskError);
    expect(error).toMatchObject({ code: 'bad-reply', type: 'conversation-state' });
    expect(error.message).toBe('conversation-state: autoSend: Invalid input: expected boolean, received string');
  });

  it('no reply at all (no listener answered) is an error', async () => {
    const error = await failure(createAsk(replying(undefined))({ type: 'followups' }));
    expect(error).toMatchObject({ code: 'bad-reply', message: 'followups: no reply' });
  });

  it('an {error} reply throws with the receiver’s code', async () => {
    const ask = createAsk(replying({ error: '"set-global-pause" may not be sent from a content-script', code: 'refused' }));
    const error = await failure(ask({ type: 'set-global-pause', paused: true }));
    expect(error).toMatchObject({ code: 'refused', message: 'set-global-pause: "set-global-pause" may not be sent from a content-script' });
    // A receiver that gives no code failed while handling it.
    expect(await failure(createAsk(replying({ error: 'disk full' }))({ type: 'followups' }))).toMatchObject({ code: 'failed' });
  });

  it('a transport that throws (no receiver, worker starting) is an error of its own', async () => {
    const ask = createAsk(() => Promise.reject(new Error('Could not establish connection. Receiving end does not exist.')));
    expect(await failure(ask({ type: 'followups' }))).toMatchObject({ code: 'unreachable' });
  });

  it('a request that breaks its own schema is not sent', async () => {
    const transport = replying({ ok: true });
    const bad = { type: 'set-global-pause', paused: 'yes' } as unknown as { type: 'set-global-pause'; paused: boolean };
    expect(await failure(createAsk(transport)(bad))).toMatchObject({ code: 'bad-request' });
    const unknown = { type: 'drop-library' } as unknown as { type: 'followups' };
    expect(await failure(createAsk(transport)(unknown))).toMatchObject({ code: 'bad-request', message: 'drop-library: no such message type' });
    expect(transport).not.toHaveBeenCalled();
  });

  it('sends the request as parsed: a page with many SKUs is trimmed, not refused', async () => {
    const transport = replying({ conversationId: 'c1', messageKey: 'k', language: 'en', suggestions: [] });
    const skusInView = Array.from({ length: 80 }, (_, i) => `SKU-${i}`);
    await createAsk(transport)({ type: 'buyer-message', context: { conversationId: 'c1', skusInView }, messageKey: 'k', text: 'hi' });
    const sent = transport.mock.calls[0][0] as { context: { skusInView: string[] } };
    expect(sent.context.skusInView).toEqual(skusInView.slice(0, 50));
  });
});

describe('the tab protocol (popup → content script)', () => {
  it('parses the content script’s reply, and a malformed one is an error', async () => {
    expect(await createTabAsk(replying({ ok: true }))({ type: 'insert', text: 'Hi' })).toEqual({ ok: true });
    const current = await createTabAsk(replying({ conversationId: null, suggestions: [], profileOk: true }))({ type: 'get-current' });
    expect(current.context).toBeNull();
    expect(await failure(createTabAsk(replying({ ok: 'sure' }))({ type: 'insert', text: 'Hi' }))).toMatchObject({ code: 'bad-reply' });
  });
});
