import { params } from './params';

const redesigned = params.dom === 'v2';

/** A made-up CSS-in-JS style class name: stable per name, meaningless to selectors. */
export function hashed(name: string): string {
  let h = 5381;
  for (let i = 0; i < name.length; i++) h = (h * 33) ^ name.charCodeAt(i);
  return `css-${(h >>> 0).toString(36)}`;
}

/** Class names as the site writes them (or hashed in the redesign). */
export function cx(...names: (string | false | null | undefined)[]): string {
  const list = names.filter((n): n is string => !!n);
  return (redesigned ? list.map(hashed) : list).join(' ');
}

/** The page's test id and ARIA attributes, which the redesign drops. */
export function hook(testId: string | null, extra: Record<string, string | boolean> = {}): Record<string, string | boolean> {
  if (redesigned) return {};
  return testId ? { 'data-testid': `chat.chatroom.${testId}`, ...extra } : extra;
}

/** The stylesheet with its chat classes renamed like the markup (demo-* classes stay). */
export function restyle(css: string): string {
  if (!redesigned) return css;
  return css
    .replace(/\.(-?[_a-zA-Z][\w-]*)/g, (whole, name: string) => (name.startsWith('demo-') ? whole : `.${hashed(name)}`))
    .replace(/#chat-input-send-button/g, `.${hashed('chat-input-send-button')}`);
}

export const isRedesigned = redesigned;
