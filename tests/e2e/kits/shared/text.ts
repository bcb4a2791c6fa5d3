/**
 * The text of an HTML string as a contenteditable holds it (`a<br>b`, `<div>b</div>`), one line per
 * line break or block. It parses into an inert document: nothing is rendered and no script runs.
 */
export function htmlToText(html: string): string {
  const doc = new DOMParser().parseFromString(`<body>${html}</body>`, 'text/html');
  doc.querySelectorAll('br').forEach((br) => br.replaceWith('\n'));
  doc.querySelectorAll('div, p').forEach((block) => block.prepend('\n'));
  return (doc.body.textContent ?? '').replace(/\u00a0/g, ' ').replace(/^\n/, '');
}
