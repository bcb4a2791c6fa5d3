import type { ProfilePlatform } from './site-profiles';

/** The browser side of site profiles: the manifest, host permissions and registered content scripts. */
export function browserProfilePlatform(): ProfilePlatform {
  return {
    manifest() {
      const manifest = browser.runtime.getManifest();
      const scripts = manifest.content_scripts ?? [];
      return {
        hosts: manifest.host_permissions ?? [],
        contentMatches: scripts.flatMap((s) => s.matches ?? []),
        // The built content script (content-scripts/chat.js): the manifest names it, so no name is guessed.
        js: scripts[0]?.js ?? [],
      };
    },
    async granted(origins) {
      const held = await Promise.all(origins.map((origin) => browser.permissions.contains({ origins: [origin] })));
      return new Set(origins.filter((_, i) => held[i]));
    },
    async release(origins) {
      await browser.permissions.remove({ origins });
    },
    async registered() {
      return (await browser.scripting.getRegisteredContentScripts()).map((s) => ({ id: s.id, matches: s.matches ?? [] }));
    },
    async register(scripts) {
      await browser.scripting.registerContentScripts(
        scripts.map((s) => ({ id: s.id, matches: s.matches, js: s.js, runAt: 'document_idle' as const, persistAcrossSessions: true })),
      );
    },
    async unregister(ids) {
      await browser.scripting.unregisterContentScripts({ ids });
    },
  };
}
