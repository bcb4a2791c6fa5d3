import { useEffect, useState } from 'react';
import { timeLeft } from '../../lib/conversation/time-left';
import { t, type UiLanguage } from '../../lib/i18n';
import { timeLeftText } from '../../lib/i18n/overlay';
import type { FollowUp } from '../../lib/messages/protocol';
import { ask } from './ask';

/** Conversations answered offline that still wait for the shop's own reply, most urgent first. */
export function FollowUps({ ui }: { ui: UiLanguage }) {
  const [followUps, setFollowUps] = useState<FollowUp[]>([]);
  const [now, setNow] = useState(Date.now());
  useEffect(() => {
    void ask({ type: 'followups' }).then(
      (list) => setFollowUps(list.followups),
      (e: unknown) => console.warn('ShopReply:', e),
    );
    const timer = setInterval(() => setNow(Date.now()), 30_000);
    return () => clearInterval(timer);
  }, []);
  if (!followUps.length) return null;
  return (
    <section aria-label={t(ui, 'popup.followups.label')} data-testid="popup.followups">
      <h2>{t(ui, 'popup.followups')}</h2>
      <ul className="followups">
        {followUps.map((f) => (
          <li key={f.conversationId} className={f.deadline < now ? 'overdue' : undefined}>
            <span>{f.buyerName ?? f.conversationId}</span>
            <span className="muted">{timeLeftText(ui, timeLeft(f.deadline, now))}</span>
          </li>
        ))}
      </ul>
    </section>
  );
}
