import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { DEMO_MATCHES, SELLER_CHAT_MATCHES } from '../../../lib/sites/hosts';
import { addDemoHosts, loopbackMatches, type ManifestHosts } from '../../../lib/sites/manifest-hosts';

const CONTENT_SCRIPT_MAX_GZIP = 80 * 1024;
const ROOT = fileURLToPath(new URL('../../..', import.meta.url));

/** `npm run build` as a person runs it (the store package `npm run zip` packs the same manifest). */
function buildStoreManifest(): ManifestHosts {
  const env = { ...process.env, SHOPREPLY_DEMO: '' };
  execFileSync('npx', ['wxt', 'build'], { cwd: ROOT, env, stdio: 'ignore' });
  return JSON.parse(readFileSync(`${ROOT}/.output/chrome-mv3/manifest.json`, 'utf8'));
}

describe('which hosts each build reaches', () => {
  it('the store build asks for the seller chat hosts only: no loopback anywhere in its manifest', { timeout: 120_000 }, () => {
    const manifest = buildStoreManifest();
    expect(loopbackMatches(manifest)).toEqual([]);
    expect([...(manifest.content_scripts?.[0].matches ?? [])].sort()).toEqual([...SELLER_CHAT_MATCHES].sort());
    expect(manifest.host_permissions).toEqual(SELLER_CHAT_MATCHES);

    // The demo build adds the loopback host to the same three places, and the check sees it there.
    addDemoHosts(manifest);
    expect(loopbackMatches(manifest)).toEqual([
      `host_permissions: ${DEMO_MATCHES[0]}`,
      `content_scripts[0].matches: ${DEMO_MATCHES[0]}`,
      `web_accessible_resources[0].matches: ${DEMO_MATCHES[0]}`,
    ]);
  });

  // Same file as the build above: two test files building at once would write one .output folder.
  it('the store build\'s content script stays under 80 kB gzip (it loads in every seller chat tab)', { timeout: 120_000 }, () => {
    buildStoreManifest();
    const chat = readFileSync(`${ROOT}/.output/chrome-mv3/content-scripts/chat.js`);
    expect(gzipSync(chat).length).toBeLessThan(CONTENT_SCRIPT_MAX_GZIP);
    // Preact's compat layer renders the overlay; react-dom's internals are not in it.
    expect(chat.toString('utf8')).not.toContain('__CLIENT_INTERNALS_DO_NOT_USE');
  });

  it('adds the demo host only to lists of seller chat pages, once, without touching the lists it was given', () => {
    const sellers = ['https://seller-us.tiktok.com/chat/inbox/*'];
    const manifest: ManifestHosts = {
      host_permissions: sellers,
      content_scripts: [{ matches: ['https://example.com/*'] }],
      web_accessible_resources: ['legacy.css', { matches: ['https://seller-us.tiktok.com/*', ...DEMO_MATCHES] }],
    };
    addDemoHosts(manifest);
    expect(manifest.host_permissions).toEqual([...sellers, ...DEMO_MATCHES]);
    expect(sellers).toHaveLength(1);
    expect(manifest.content_scripts?.[0].matches).toEqual(['https://example.com/*']);
    expect(manifest.web_accessible_resources?.[1]).toEqual({ matches: ['https://seller-us.tiktok.com/*', ...DEMO_MATCHES] });
  });

  it('counts localhost and any port as loopback too', () => {
    expect(loopbackMatches({ host_permissions: ['http://localhost/*', 'http://127.0.0.1:5555/*', 'https://seller-us.tiktok.com/*'] })).toEqual([
      'host_permissions: http://localhost/*',
      'host_permissions: http://127.0.0.1:5555/*',
    ]);
  });
});
