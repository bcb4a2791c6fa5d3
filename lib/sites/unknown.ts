import { emptySelectors, type SiteProfile } from './profile-schema';
import { DEFAULT_ID_SOURCES } from './runtime';

/**
 * The profile of a page no profile matches (a host registered for teaching): it finds nothing, so
 * the badge names every role a page must show (ISSUE 11: "Teach this page" starts from there).
 */
export function unknownPageProfile(): SiteProfile {
  return {
    id: 'unknown',
    name: '',
    version: '0',
    matches: [],
    selectors: emptySelectors(),
    conversationId: DEFAULT_ID_SOURCES,
    send: 'button',
    valueLabels: [],
    required: ['messageCard', 'composer', 'sendButton'],
    origin: 'imported',
  };
}
