import { z } from 'zod';

/**
 * A site profile is data: for each role on the chat page, CSS selectors tried in order
 * (the first is the primary, the rest are fallbacks for when the site changes its markup).
 */

export const ROLES = [
  'conversationList',
  'conversationCard',
  'activeConversationCard',
  'conversationName',
  'unreadBadge',
  'messageList',
  'messageCard',
  'buyerBubble',
  'sellerBubble',
  'messageText',
  'messageTime',
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

/** `composer` stands for either composer role: a page has one kind or the other. */
export const RequirementSchema = z.union([RoleSchema, z.literal('composer')]);
export type Requirement = z.infer<typeof RequirementSchema>;

const SelectorListSchema = z.array(z.string().trim().min(1)).min(1);

export const SiteProfileSchema = z.object({
  id: z.string().regex(/^[a-z0-9-]+$/),
  name: z.string().min(1),
  /** Manifest-style match patterns of the pages this profile reads. */
  matches: z.array(z.string().min(1)).min(1),
  selectors: z.object(Object.fromEntries(ROLES.map((r) => [r, SelectorListSchema])) as {
    [K in Role]: typeof SelectorListSchema;
  }),
  /** Attributes of the active conversation card that hold a stable conversation id, if any. */
  conversationIdAttributes: z.array(z.string().min(1)).default([]),
  /** Roles without which the page cannot be read; the rest are optional details. */
  required: z.array(RequirementSchema).min(1),
  /** Labels the site prints before a value ("SKU: ", "Order ID: ") and that are not part of it. */
  valueLabels: z.array(z.string().min(1)).default([]),
});

export type SiteProfile = z.infer<typeof SiteProfileSchema>;
export type SiteProfileInput = z.input<typeof SiteProfileSchema>;
export type SelectorMap = SiteProfile['selectors'];
