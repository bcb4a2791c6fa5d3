import { grayLaunchArm } from '../../lib/conversation/gray';
import { newSession } from '../../lib/conversation/session';
import type { ShopReplyDB } from '../../lib/db';
import { loadSettings } from '../../lib/db/settings';

/** The fields every stored event carries, so metrics can group by session and gray-launch arm. */
export async function eventBase(db: ShopReplyDB, conversationId: string, now: number) {
  const [record, settings] = await Promise.all([db.conversations.get(conversationId), loadSettings(db)]);
  return {
    at: now,
    conversationId,
    sessionId: (record?.session ?? newSession(conversationId, now)).sessionId,
    grayArm: grayLaunchArm(conversationId, settings.grayLaunchShare),
  };
}
