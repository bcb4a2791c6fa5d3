import { grayLaunchArm } from '../../lib/conversation/gray';
import { newSession } from '../../lib/conversation/session';
import type { ShopReplyDB } from '../../lib/db';
import { loadSettings } from '../../lib/db/settings';

/** The fields every stored event carries, so metrics can group by session and gray-launch arm. */
export function eventFields(conversationId: string, sessionId: string, grayLaunchShare: number, now: number) {
  return { at: now, conversationId, sessionId, grayArm: grayLaunchArm(conversationId, grayLaunchShare) };
}

/** The same, read from the conversation's stored session and the shop settings. */
export async function eventBase(db: ShopReplyDB, conversationId: string, now: number) {
  const [record, settings] = await Promise.all([db.conversations.get(conversationId), loadSettings(db)]);
  const sessionId = (record?.session ?? newSession(conversationId, now)).sessionId;
  return eventFields(conversationId, sessionId, settings.grayLaunchShare, now);
}
