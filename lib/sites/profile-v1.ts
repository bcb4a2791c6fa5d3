import { z } from 'zod';

/**
 * The site-profile file format, version 1 (docs/spec/site-profile-v1.md, kept exactly): what a
 * person imports, exports and shares. The runtime form the content script reads is made from it by
 * toRuntimeProfile (runtime.ts).
 */
export const PROFILE_FORMAT = 'shopreply.site-profile';
export const PROFILE_FORMAT_VERSION = 1;

/** The roles of the spec, in its order. Any other role is refused. */
export const ROLES = [
  'messageList',
  'messageCard',
  'buyerBubble',
  'sellerBubble',
  'messageText',
  'messageTime',
  'conversationCard',
  'activeConversationCard',
  'conversationName',
  'unreadBadge',
  'headerBuyerName',
  'orderCard',
  'productCard',
  'orderId',
  'productName',
  'sku',
  'composerTextarea',
  'composerEditable',
  'sendButton',
] as const;

export const RoleSchema = z.enum(ROLES);
export type Role = z.infer<typeof RoleSchema>;

/**
 * Whether a CSS selector is valid. Given by the caller: a page's own `querySelector` is the judge
 * where there is a DOM (options page, content script, jsdom in tests); without one (the service
 * worker) selectors are checked for shape only.
 */
export type SelectorCheck = (selector: string) => boolean;

const LOOPBACK_HOSTS = new Set(['127.0.0.1', 'localhost', '[::1]']);

export type PatternProblem = 'all-sites' | 'bad-syntax' | 'http-not-loopback' | 'bad-scheme';

/**
 * Why a match pattern is not allowed in a profile, or null when it is. Chrome's match-pattern
 * syntax, narrowed: one site at a time (no `<all_urls>`, no `*` host, no bare `*.` domain), https,
 * and http only for loopback hosts, as the spec says.
 */
export function patternProblem(pattern: string): PatternProblem | null {
  if (pattern === '<all_urls>') return 'all-sites';
  const m = /^([a-z*]+):\/\/([^/]*)(\/.*)$/.exec(pattern);
  if (!m) return 'bad-syntax';
  const [, scheme, hostPort, path] = m;
  if (scheme !== 'https' && scheme !== 'http' && scheme !== '*') return 'bad-scheme';
  const host = hostPort.replace(/:(\d+|\*)$/, '');
  if (!host || host === '*' || /^\*\.[^.]*$/.test(host)) return 'all-sites';
  if (!/^(\*\.)?[a-z0-9.-]+$|^\[::1\]$/i.test(host) || /[*]/.test(host.slice(1)) || path.includes('#')) return 'bad-syntax';
  if (scheme !== 'https' && !LOOPBACK_HOSTS.has(host.toLowerCase())) return 'http-not-loopback';
  return null;
}

const AttributeSource = z.strictObject({ attribute: z.string().trim().min(1), of: RoleSchema });
const UrlParamSource = z.strictObject({ url: z.literal('param'), name: z.string().min(1) });
const UrlPathSource = z.strictObject({
  url: z.literal('path'),
  pattern: z.string().min(1).refine(hasCaptureGroup, { message: 'must be a regular expression with a capture group' }),
});
const TextSource = z.strictObject({ text: RoleSchema });

function hasCaptureGroup(pattern: string): boolean {
  try {
    // A regex with n groups matches the empty alternative with n + 1 entries.
    return new RegExp(`${pattern}|`).exec('')!.length > 1;
  } catch {
    return false;
  }
}

export const IdSourceSchema = z.union([AttributeSource, UrlParamSource, UrlPathSource, TextSource]);
export type IdSource = z.infer<typeof IdSourceSchema>;

/** The ways a page sends: a click on `sendButton`, or Enter in the composer. */
export const SendSchema = z.enum(['button', 'enter']);
export type SendMode = z.infer<typeof SendSchema>;

const SelectorListSchema = (check?: SelectorCheck) =>
  z.array(
    z
      .string()
      .trim()
      .min(1)
      .refine((s) => !check || check(s), { message: 'is not a valid CSS selector' }),
  ).min(1);

/** The profile file, with selectors checked by `check` when one is given. */
export function siteProfileFileSchema(check?: SelectorCheck) {
  const list = SelectorListSchema(check);
  const selectors = z.strictObject(Object.fromEntries(ROLES.map((r) => [r, list.optional()])) as { [K in Role]: z.ZodOptional<typeof list> });
  return z
    .looseObject({
      format: z.literal(PROFILE_FORMAT),
      formatVersion: z.literal(PROFILE_FORMAT_VERSION),
      id: z.string().regex(/^[a-z0-9][a-z0-9-]*$/),
      name: z.string().trim().min(1),
      version: z.string().trim().min(1),
      matches: z
        .array(
          z.string().superRefine((p, ctx) => {
            const problem = patternProblem(p);
            if (problem) ctx.addIssue({ code: 'custom', message: `is not an allowed match pattern (${problem})`, params: { pattern: problem } });
          }),
        )
        .min(1),
      selectors,
      conversationId: z.array(IdSourceSchema).optional(),
      send: SendSchema.optional(),
      valueLabels: z.array(z.string().trim().min(1)).optional(),
    })
    .superRefine((p, ctx) => {
      const has = (r: Role) => !!p.selectors[r]?.length;
      const missing = (roles: string) => ctx.addIssue({ code: 'custom', path: ['selectors'], message: `needs ${roles}`, params: { missingRole: roles } });
      if (!has('messageCard')) missing('messageCard');
      if (!has('buyerBubble') && !has('sellerBubble')) missing('buyerBubble or sellerBubble');
      if (!has('composerTextarea') && !has('composerEditable')) missing('composerTextarea or composerEditable');
      if ((p.send ?? 'button') === 'button' && !has('sendButton')) missing('sendButton');
    });
}

export const SiteProfileFileSchema = siteProfileFileSchema();
export type SiteProfileFile = z.infer<typeof SiteProfileFileSchema>;
