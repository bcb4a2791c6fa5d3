/** FNV-1a over the UTF-16 units of the id, as a share in [0, 1): stable across runs and machines. */
export function conversationShare(conversationId: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < conversationId.length; i++) {
    h ^= conversationId.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h / 0x1_0000_0000;
}

export type GrayArm = 'in' | 'out';

/** "in" when auto-send may act in this conversation: its hash share is below the launch share. */
export function grayLaunchArm(conversationId: string, share: number): GrayArm {
  return conversationShare(conversationId) < share ? 'in' : 'out';
}
