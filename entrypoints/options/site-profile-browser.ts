import { browser } from 'wxt/browser';
import type { Ask } from '../../lib/messages/ask';
import { createSiteProfileApi, type SiteProfileApi } from '../../components/editor/site-profiles/api';

/**
 * Site profiles for the options page: stored, removed and registered by the worker (by message),
 * host access asked for here, in the person's click.
 */
export function browserSiteProfiles(ask: Ask): SiteProfileApi {
  return createSiteProfileApi(
    {
      list: async () => (await ask({ type: 'site-profiles' })).profiles,
      save: (profile, source) => ask({ type: 'save-site-profile', profile, source }),
      remove: (id) => ask({ type: 'remove-site-profile', id }),
    },
    {
      manifestHosts: browser.runtime.getManifest().host_permissions ?? [],
      request: (origins) => browser.permissions.request({ origins }),
      async granted(origins) {
        const held = await Promise.all(origins.map((origin) => browser.permissions.contains({ origins: [origin] })));
        return origins.filter((_, i) => held[i]);
      },
    },
    // teachkit: "Teach a new page" (the worker registers the content script for teaching there).
    {
      manifestHosts: browser.runtime.getManifest().host_permissions ?? [],
      request: (origins) => browser.permissions.request({ origins }),
      start: (address) => ask({ type: 'teach-host-start', address }),
      list: async () => (await ask({ type: 'teach-hosts' })).hosts,
      cancel: (id) => ask({ type: 'teach-host-cancel', id }),
    },
  );
}
