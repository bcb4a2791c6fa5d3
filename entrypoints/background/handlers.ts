import type { ShopReplyDB } from '../../lib/db';
import type { Request } from '../../lib/messages/protocol';
import { phrasesOf } from '../../lib/phrases/from-rules';
import type { LibraryCache } from './library-cache';
import { createConversationStore } from './conversation-store';
import { createSuggester } from './suggest';
import { recordOutcome } from './outcome';
import { rearmFollowUpAlarm } from './follow-up-alarms';
import { eventBase } from './event-base';
import { claimAutoSend, isClaimedAutoReply, recordAutoSendResult } from './auto-send-claim';
import type { SiteProfiles } from './site-profiles';
import { injectTeachUi, openSiteProfileDraft, type SenderTab } from './site-profile-draft';
import type { TeachHosts } from './teach-hosts';

/** One handler per request type; each returns what the protocol says the sender gets back. */
export function createHandlers(db: ShopReplyDB, library: LibraryCache, siteProfiles?: SiteProfiles, teachHosts?: TeachHosts) {
  const profiles = () => {
    if (!siteProfiles) throw new Error('site profiles are not available here');
    return siteProfiles;
  };
  const teaching = () => {
    if (!teachHosts) throw new Error('teaching hosts are not available here');
    return teachHosts;
  };
  const conversations = createConversationStore(db);
  const suggester = createSuggester(db, library);

  return {
    async handle(request: Request, sender: SenderTab = {}): Promise<unknown> {
      const now = Date.now();
      switch (request.type) {
        case 'buyer-message':
          return suggester.answer(request.context, request.messageKey, request.text, now);
        case 'try':
          return suggester.preview(request.context, request.text, now);
        case 'outcome':
          // Another tab saw our automatic reply appear: it is no decision of the agent's.
          if (request.sentText !== undefined && (await isClaimedAutoReply(db, request.conversationId, request.sentText, now))) return { ok: true };
          await recordOutcome(db, library, request, now);
          return { ok: true };
        case 'seller-message':
          if (await isClaimedAutoReply(db, request.conversationId, request.text, now)) return { ok: true };
          await conversations.sellerReplied(request.conversationId, request.text, now);
          await rearmFollowUpAlarm(db, now);
          return { ok: true };
        case 'list-phrases':
          return { phrases: phrasesOf((await library.get()).rules) };
        case 'set-auto-send':
          await conversations.setAutoSend(request.conversationId, request.enabled, now);
          return conversations.state(request.conversationId);
        case 'set-global-pause':
          await conversations.setGlobalPause(request.paused);
          return { ok: true };
        case 'conversation-state':
          return conversations.state(request.conversationId);
        case 'taken-over':
          await conversations.takeOver(request.conversationId, now);
          await db.events.add({ ...(await eventBase(db, request.conversationId, now)), type: 'taken-over' });
          return conversations.state(request.conversationId);
        case 'claim-auto-send':
          return claimAutoSend(db, request, now);
        case 'auto-send-result':
          await recordAutoSendResult(db, request, now);
          return { ok: true };
        case 'followups':
          return { followups: await conversations.followUps() };
        case 'training-status':
          return library.status();
        // --- site profiles (issue 11, profiles) ---
        case 'site-profiles':
          return { profiles: await profiles().list() };
        case 'save-site-profile': {
          const saved = await profiles().save(request.profile, request.source, now);
          // teachkit: a profile for a host being taught ends its teaching registration.
          await teachHosts?.profileSaved((request.profile as { matches: string[] }).matches);
          return saved;
        }
        case 'remove-site-profile':
          return profiles().remove(request.id);
        case 'site-profiles-for-page':
          return { profiles: await profiles().forPage(request.url) };
        case 'open-site-profile-draft':
          return openSiteProfileDraft(request.profile);
        case 'load-teach-ui':
          return injectTeachUi(sender);
        // --- teachkit (issue 11) ---
        case 'teach-host-start':
          return teaching().start(request.address);
        case 'teach-hosts':
          return { hosts: await teaching().list() };
        case 'teach-host-cancel':
          return teaching().cancel(request.id);
      }
    },
  };
}
