import { useCallback, useEffect, useState } from 'react';
import { teachHostOf, teachOriginsToRequest, type TeachAddressProblem } from '../../../lib/sites/teach-host';
import { useT } from '../I18n';
import type { MessageKey } from '../../../lib/i18n/en';

/** The browser and worker sides of "Teach a new page" (entrypoints/options/site-profile-browser.ts; tests pass fakes). */
export interface TeachHostApi {
  /** The manifest's host permissions: hosts that need no asking. */
  manifestHosts: readonly string[];
  /** Asks the person for the origins: must run inside the click, before anything is awaited. */
  request(origins: string[]): Promise<boolean>;
  /** The worker registers the content script there for teaching and opens the page. */
  start(address: string): Promise<{ id: string; url: string; registered: boolean }>;
  list(): Promise<{ id: string; pattern: string }[]>;
  cancel(id: string): Promise<{ released: string[] }>;
}

const PROBLEM_TEXT: Record<TeachAddressProblem, MessageKey> = {
  'teach-address-empty': 'sites.teach.badAddress',
  'teach-address-invalid': 'sites.teach.badAddress',
  'teach-address-scheme': 'sites.teach.https',
  'teach-address-http': 'sites.teach.https',
};

/**
 * "Teach a new page": for a chat page on a host no profile covers, the supervisor types its
 * address; ShopReply asks the browser for that host (in this click), the worker registers the
 * content script there and opens the page, whose badge then offers "Teach this page".
 */
export function TeachNewPage({ teach, subscribe }: { teach: TeachHostApi; subscribe?: (listener: () => void) => () => void }) {
  const t = useT();
  const [address, setAddress] = useState('');
  const [message, setMessage] = useState<{ text: string; problem?: boolean; released?: string[] }>();
  const [hosts, setHosts] = useState<{ id: string; pattern: string }[]>([]);
  const failed = (e: unknown) => setMessage({ text: t('sites.teach.failed', { error: e instanceof Error ? e.message : String(e) }), problem: true });

  const reload = useCallback(() => void teach.list().then(setHosts, () => setHosts([])), [teach]);
  useEffect(() => {
    reload();
    // A saved profile ends teaching on its host (the worker does it): the list follows.
    return subscribe?.(reload);
  }, [reload, subscribe]);

  function start() {
    const parsed = teachHostOf(address);
    if (!parsed.ok) return setMessage({ text: t(PROBLEM_TEXT[parsed.code]), problem: true });
    const origins = teachOriginsToRequest(parsed.value, teach.manifestHosts);
    // Asked first, synchronously in the click: the browser only shows its prompt for a person's gesture.
    const asked = origins.length ? teach.request(origins) : Promise.resolve(true);
    asked
      .then(async (granted) => {
        if (!granted) return setMessage({ text: t('sites.teach.refused', { origins: origins.join(', ') }), problem: true });
        const started = await teach.start(parsed.value.url);
        setMessage({ text: t('sites.teach.started', { url: started.url }) });
        reload();
      })
      .catch(failed);
  }

  function cancel(id: string, pattern: string) {
    teach
      .cancel(id)
      .then(({ released }) => {
        setMessage({ text: t('sites.teach.cancelled', { pattern }), released });
        reload();
      })
      .catch(failed);
  }

  return (
    <div className="teach-new-page" data-testid="shopreply.teach-new">
      <h3>{t('sites.teach.title')}</h3>
      <form
        className="actions"
        onSubmit={(e) => {
          e.preventDefault();
          start();
        }}
      >
        <label>
          {t('sites.teach.address')}{' '}
          <input
            // Text, not url: "chat.example.com/inbox" as people type it would be refused by the form's own check.
            type="text"
            inputMode="url"
            value={address}
            placeholder="https://chat.example.com/inbox"
            onChange={(e) => setAddress(e.target.value)}
            data-testid="shopreply.teach-new-address"
          />
        </label>
        <button type="submit" data-testid="shopreply.teach-new-start">{t('sites.teach.start')}</button>
      </form>
      {message && (
        <p
          role={message.problem ? 'alert' : 'status'}
          className={message.problem ? 'problem' : 'hint'}
          data-testid="shopreply.teach-new-status"
          data-released={message.released?.join(' ')}
        >
          {message.text}
        </p>
      )}
      {hosts.length > 0 && (
        <>
          <p className="hint">{t('sites.teach.hosts')}</p>
          <ul>
            {hosts.map((h) => (
              <li key={h.id} data-testid="shopreply.teach-host" data-pattern={h.pattern}>
                <code>{h.pattern}</code>{' '}
                <button type="button" onClick={() => cancel(h.id, h.pattern)} data-testid="shopreply.teach-host-cancel">{t('sites.teach.cancel')}</button>
              </li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}
