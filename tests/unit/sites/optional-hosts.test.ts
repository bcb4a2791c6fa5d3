import { describe, expect, it } from 'vitest';
import { DEMO_MATCHES, SELLER_CHAT_MATCHES } from '../../../lib/sites/hosts';
import { addDemoHosts, addOptionalHosts, loopbackMatches, type ManifestHosts } from '../../../lib/sites/manifest-hosts';

const storeManifest = (): ManifestHosts => ({
  host_permissions: [...SELLER_CHAT_MATCHES],
  content_scripts: [{ matches: [...SELLER_CHAT_MATCHES] }],
  web_accessible_resources: [{ matches: ['https://seller-us.tiktok.com/*'] }],
});

describe('optional hosts for imported site profiles', () => {
  it('the store build offers https pages on request and still holds no loopback host', () => {
    const manifest = storeManifest();
    addOptionalHosts(manifest, false);
    expect(manifest.optional_host_permissions).toEqual(['https://*/*']);
    expect(manifest.host_permissions).toEqual(SELLER_CHAT_MATCHES);
    expect(manifest.content_scripts?.[0].matches).toEqual(SELLER_CHAT_MATCHES);
    expect(loopbackMatches(manifest)).toEqual([]);
    // The overlay's stylesheet loads on those pages too.
    expect(manifest.web_accessible_resources?.[0]).toEqual({ matches: ['https://seller-us.tiktok.com/*', 'https://*/*'] });
  });

  it('the demo build adds loopback, and the store check would see it in the optional hosts', () => {
    const manifest = storeManifest();
    addDemoHosts(manifest);
    addOptionalHosts(manifest, true);
    expect(manifest.optional_host_permissions).toEqual(['https://*/*', 'http://127.0.0.1/*', 'http://localhost/*']);
    expect(loopbackMatches(manifest)).toContain(`optional_host_permissions: ${DEMO_MATCHES[0]}`);
    expect(loopbackMatches({ optional_host_permissions: ['http://localhost/*'] })).toEqual(['optional_host_permissions: http://localhost/*']);
  });
});
