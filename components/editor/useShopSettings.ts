import { useLiveQuery } from 'dexie-react-hooks';
import type { ShopReplyDB } from '../../lib/db/database';
import { readSettings } from '../../lib/db/settings';
import type { StoredSettings } from '../../lib/settings/stored';

/** The shop settings as stored, live: each field that did not parse is reported in `errors`. */
export function useShopSettings(db: ShopReplyDB): StoredSettings | undefined {
  return useLiveQuery(() => readSettings(db), [db]);
}
