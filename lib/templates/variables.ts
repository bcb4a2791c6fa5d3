import { KNOWN_VARIABLES, type KnownVariable } from '../pack/schema';

const PLACEHOLDER = /\{([A-Za-z_][A-Za-z0-9_]*)\}/g;

/** Names of the `{name}` placeholders in a reply, in order of first appearance. */
export function findVariables(template: string): string[] {
  const names: string[] = [];
  for (const m of template.matchAll(PLACEHOLDER)) if (!names.includes(m[1])) names.push(m[1]);
  return names;
}

export function isKnownVariable(name: string): name is KnownVariable {
  return (KNOWN_VARIABLES as readonly string[]).includes(name);
}

/** Values the chat page or settings give for the variables of a reply. */
export type VariableValues = Partial<Record<KnownVariable, string | undefined>>;

export interface RenderedReply {
  /** The reply with every known value filled in; placeholders without a value stay as they were. */
  text: string;
  /** Variables the reply names but that have no value: such a reply must not be sent as it is. */
  missing: KnownVariable[];
}

export function renderTemplate(template: string, values: VariableValues): RenderedReply {
  const missing: KnownVariable[] = [];
  const text = template.replace(PLACEHOLDER, (whole, name: string) => {
    if (!isKnownVariable(name)) return whole;
    const value = values[name]?.trim();
    if (value) return value;
    if (!missing.includes(name)) missing.push(name);
    return whole;
  });
  return { text, missing };
}

/** What the chat page shows about a conversation, as variable values, with the shop's own names. */
export function valuesFor(
  page: { buyerName?: string; orderId?: string; sku?: string; productName?: string } | null | undefined,
  shop: { agentName?: string; shopName?: string } = {},
): VariableValues {
  return {
    buyer_name: page?.buyerName,
    order_id: page?.orderId,
    sku: page?.sku,
    product_name: page?.productName,
    agent_name: shop.agentName || undefined,
    shop_name: shop.shopName || undefined,
  };
}
