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
  /** Where each filled-in value sits in `text` (for checks that must say which part came from the page). */
  filled: Array<{ name: KnownVariable; index: number; length: number }>;
}

export function renderTemplate(template: string, values: VariableValues): RenderedReply {
  const missing: KnownVariable[] = [];
  const filled: RenderedReply['filled'] = [];
  let text = '';
  let last = 0;
  for (const m of template.matchAll(PLACEHOLDER)) {
    text += template.slice(last, m.index);
    last = m.index! + m[0].length;
    const name = m[1];
    const value = isKnownVariable(name) ? values[name]?.trim() : undefined;
    if (value) {
      filled.push({ name: name as KnownVariable, index: text.length, length: value.length });
      text += value;
      continue;
    }
    if (isKnownVariable(name) && !missing.includes(name)) missing.push(name);
    text += m[0];
  }
  text += template.slice(last);
  return { text, missing, filled };
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
