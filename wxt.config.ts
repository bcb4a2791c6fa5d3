import { defineConfig } from 'wxt';
import { SELLER_CHAT_MATCHES, DEMO_MATCHES } from './lib/sites/hosts';

// Permissions are the least the product needs: alarms and notifications for the offline follow-up
// deadline (the library lives in IndexedDB, which needs no permission), and the seller chat hosts plus the demo's loopback host.
export default defineConfig({
  modules: ['@wxt-dev/module-react'],
  manifest: {
    name: 'ShopReply',
    description: 'Smart reply suggestions for the TikTok Shop seller chat',
    permissions: ['alarms', 'notifications'],
    host_permissions: [...SELLER_CHAT_MATCHES, ...DEMO_MATCHES],
  },
});
