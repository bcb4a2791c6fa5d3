import type { z } from 'zod';
import {
  TAB_CONTRACTS,
  WORKER_CONTRACTS,
  type RequestInput,
  type ResponseOf,
  type TabRequestInput,
  type TabResponseOf,
} from './contract';
import { ErrorResponseSchema, type ErrorCode } from './protocol';

/** Sends one message and resolves with the raw reply: `browser.runtime.sendMessage` or a tab's. */
export type Transport = (message: unknown) => Promise<unknown>;

/**
 * Why a request got no usable answer:
 * - `refused`, `malformed`, `failed`: the receiver's own `{error, code}` reply;
 * - `bad-request`: the sender's request does not fit its schema (nothing was sent);
 * - `bad-reply`: the reply does not fit the response schema (no receiver answers `undefined`);
 * - `unreachable`: the transport threw (no receiver, worker starting, tab gone).
 */
export type AskErrorCode = ErrorCode | 'bad-request' | 'bad-reply' | 'unreachable';

export class AskError extends Error {
  constructor(
    readonly code: AskErrorCode,
    readonly type: string,
    message: string,
  ) {
    super(`${type}: ${message}`);
    this.name = 'AskError';
  }
}

const firstIssue = (error: z.ZodError) => {
  const issue = error.issues[0];
  return `${issue?.path.join('.') || '(top level)'}: ${issue?.message ?? 'invalid'}`;
};

type Contracts = Record<string, { request: z.ZodType; response: z.ZodType }>;

async function exchange(contracts: Contracts, transport: Transport, request: { type: string }): Promise<unknown> {
  const type = request.type;
  const contract = Object.hasOwn(contracts, type) ? contracts[type] : undefined;
  if (!contract) throw new AskError('bad-request', String(type), 'no such message type');
  const sent = contract.request.safeParse(request);
  if (!sent.success) throw new AskError('bad-request', type, firstIssue(sent.error));
  let reply: unknown;
  try {
    reply = await transport(sent.data);
  } catch (e) {
    throw new AskError('unreachable', type, e instanceof Error ? e.message : String(e));
  }
  const refused = ErrorResponseSchema.safeParse(reply);
  if (refused.success) throw new AskError(refused.data.code, type, refused.data.error);
  const parsed = contract.response.safeParse(reply);
  if (!parsed.success) throw new AskError('bad-reply', type, reply === undefined ? 'no reply' : firstIssue(parsed.error));
  return parsed.data;
}

/** Asks the background worker; resolves with the reply parsed by the type's response schema. */
export type Ask = <R extends RequestInput>(request: R) => Promise<ResponseOf<R['type']>>;
/** Asks the content script of one chat tab. */
export type AskTab = <R extends TabRequestInput>(request: R) => Promise<TabResponseOf<R['type']>>;

export function createAsk(transport: Transport): Ask {
  return (request) => exchange(WORKER_CONTRACTS, transport, request) as never;
}

export function createTabAsk(transport: Transport): AskTab {
  return (request) => exchange(TAB_CONTRACTS, transport, request) as never;
}
