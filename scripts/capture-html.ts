/**
 * A rendered page as a static capture for the jsdom unit tests: scripts, styles and stylesheet links
 * dropped, and a comment saying where and how it was captured.
 */
export function staticCapture(html: string, note: string): string {
  const body = html
    .replace(/<script\b[\s\S]*?<\/script>/gi, '')
    .replace(/<style\b[\s\S]*?<\/style>/gi, '')
    .replace(/<link\b[^>]*>/gi, '');
  return `<!DOCTYPE html>\n<!-- ${note} -->\n${body.replace(/^<!DOCTYPE html>/i, '')}\n`;
}
