import { PROFILE_FORMAT } from '../../../lib/sites/profile-v1';
import { looksLikeSiteProfile } from '../../../lib/sites/profile-parse';

/** A site profile is a small file; anything larger goes on to the pack importer and its size limit. */
export const MAX_PROFILE_FILE_BYTES = 1024 * 1024;

/**
 * The text of a file whose `format` says it is a site profile, or null for anything else (a pack,
 * a CSV, a file that is not JSON): the import panel recognises a file by its `format` field.
 */
export async function siteProfileText(file: Blob & { name: string }): Promise<string | null> {
  if (file.size > MAX_PROFILE_FILE_BYTES || /\.csv$/i.test(file.name)) return null;
  const text = await file.text();
  if (!text.includes(PROFILE_FORMAT)) return null;
  try {
    return looksLikeSiteProfile(JSON.parse(text)) ? text : null;
  } catch {
    return null;
  }
}
