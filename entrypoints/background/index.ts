import { ShopReplyDB } from '../../lib/db';
import { receiveRequest, selfOf } from '../../lib/messages/receive';
import { createHandlers } from './handlers';
import { createLibraryCache } from './library-cache';
import { onFollowUpAlarm } from './follow-up-alarms';
import { housekeeping } from './housekeeping';
import { createSiteProfiles } from './site-profiles';
import { browserProfilePlatform } from './profile-platform';
import { createTeachHosts } from './teach-hosts';

export default defineBackground(() => {
  const db = new ShopReplyDB();
  const library = createLibraryCache(db);
  const platform = browserProfilePlatform();
  const siteProfiles = createSiteProfiles(db, platform);
  const teachHosts = createTeachHosts(platform, async () => (await siteProfiles.list()).map((p) => p.profile.matches));
  const handlers = createHandlers(db, library, siteProfiles, teachHosts);
  // The content script's registrations for imported profiles follow the table and the granted hosts.
  const resync = () => void siteProfiles.sync().catch((error: unknown) => console.error('ShopReply site profiles:', error));
  browser.permissions.onAdded.addListener(resync);
  browser.permissions.onRemoved.addListener(resync);

  // Seed and train right away, so the first buyer message does not wait for it.
  browser.runtime.onInstalled.addListener(() => {
    void library.get();
  });

  browser.alarms.onAlarm.addListener((alarm) => {
    void onFollowUpAlarm(db, alarm.name, Date.now());
  });

  const self = selfOf(browser.runtime.id, browser.runtime.getURL('/'));
  // Listeners are registered synchronously so that a restarted worker gets the message that woke it.
  browser.runtime.onMessage.addListener((raw, sender, sendResponse) => {
    // Parsed by the type's schema, and refused unless this kind of sender may send it.
    const received = receiveRequest(raw, sender, self);
    if (!received.ok) {
      sendResponse({ error: received.error, code: received.code });
      return;
    }
    handlers.handle(received.message, { tabId: sender.tab?.id, frameId: sender.frameId }).then(sendResponse, (error: unknown) => {
      console.error('ShopReply:', error);
      sendResponse({ error: error instanceof Error ? error.message : String(error), code: 'failed' });
    });
    return true;
  });

  resync();
  housekeeping(db, Date.now()).catch((error: unknown) => console.error('ShopReply housekeeping:', error));
});
