// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { I18nProvider } from '../../../components/editor/I18n';
import { TeachNewPage, type TeachHostApi } from '../../../components/editor/site-profiles/TeachNewPage';
import { DEMO_MATCHES, SELLER_CHAT_MATCHES } from '../../../lib/sites/hosts';
import { teachHostOf } from '../../../lib/sites/teach-host';

afterEach(cleanup);

/** The browser and worker as the options page sees them: what was asked for, started and cancelled. */
function fakeTeach(manifestHosts: readonly string[], grant = true) {
  const requests: string[][] = [];
  const started: string[] = [];
  let hosts: { id: string; pattern: string }[] = [];
  const teach: TeachHostApi = {
    manifestHosts,
    request: async (origins) => {
      requests.push(origins);
      return grant;
    },
    start: async (address) => {
      started.push(address);
      const h = teachHostOf(address);
      if (!h.ok) throw new Error(h.code);
      if (!hosts.some((x) => x.id === h.value.id)) hosts = [...hosts, { id: h.value.id, pattern: h.value.pattern }];
      return { id: h.value.id, url: h.value.url, registered: true };
    },
    list: async () => hosts,
    cancel: async (id) => {
      hosts = hosts.filter((h) => h.id !== id);
      return { released: ['https://chat.example.com/*'] };
    },
  };
  return { teach, requests, started };
}

function show(teach: TeachHostApi, language: 'en' | 'zh' = 'en') {
  render(
    <I18nProvider language={language}>
      <TeachNewPage teach={teach} />
    </I18nProvider>,
  );
}

const typeAndStart = (address: string) => {
  fireEvent.change(screen.getByTestId('shopreply.teach-new-address'), { target: { value: address } });
  fireEvent.click(screen.getByTestId('shopreply.teach-new-start'));
};

describe('Teach a new page, in the site profiles section', () => {
  it('asks for the host inside the click, then the worker registers it and opens the page; the host is listed with Stop teaching', async () => {
    const fake = fakeTeach(SELLER_CHAT_MATCHES);
    show(fake.teach);
    typeAndStart('chat.example.com/inbox?ticket=7');
    // Asked in the same task as the click: nothing awaited before the browser's prompt.
    expect(fake.requests).toEqual([['https://chat.example.com/*']]);
    await waitFor(() => expect(screen.getByTestId('shopreply.teach-new-status').textContent).toBe('Opened https://chat.example.com/inbox?ticket=7.'));
    expect(fake.started).toEqual(['https://chat.example.com/inbox?ticket=7']);
    const host = await screen.findByTestId('shopreply.teach-host');
    expect(host.dataset.pattern).toBe('https://chat.example.com/*');
    fireEvent.click(screen.getByTestId('shopreply.teach-host-cancel'));
    await waitFor(() => expect(screen.getByTestId('shopreply.teach-new-status').textContent).toBe('Stopped teaching on https://chat.example.com/*.'));
    expect(screen.getByTestId('shopreply.teach-new-status').dataset.released).toBe('https://chat.example.com/*');
    await waitFor(() => expect(screen.queryByTestId('shopreply.teach-host')).toBeNull());
  });

  it('a host the manifest grants (the demo’s loopback) is not asked for', async () => {
    const fake = fakeTeach([...SELLER_CHAT_MATCHES, ...DEMO_MATCHES]);
    show(fake.teach);
    typeAndStart('http://127.0.0.1:5555/kits/chatscope/?c=cs-1001');
    await waitFor(() => expect(fake.started).toEqual(['http://127.0.0.1:5555/kits/chatscope/?c=cs-1001']));
    expect(fake.requests).toEqual([]);
  });

  it('refused access opens nothing; a bad address is named and nothing is asked', async () => {
    const fake = fakeTeach(SELLER_CHAT_MATCHES, false);
    show(fake.teach);
    typeAndStart('https://chat.example.com/');
    await waitFor(() => expect(screen.getByTestId('shopreply.teach-new-status').textContent).toBe('No access to https://chat.example.com/*.'));
    expect(fake.started).toEqual([]);
    typeAndStart('http://chat.example.com/');
    expect(screen.getByTestId('shopreply.teach-new-status').textContent).toBe('Only https:// pages (http:// only on localhost).');
    typeAndStart('');
    expect(screen.getByTestId('shopreply.teach-new-status').textContent).toBe('Not a web address.');
    expect(fake.requests).toEqual([['https://chat.example.com/*']]);
  });

  it('speaks Chinese', async () => {
    const fake = fakeTeach(SELLER_CHAT_MATCHES);
    show(fake.teach, 'zh');
    expect(screen.getByTestId('shopreply.teach-new').textContent).toContain('教新页面');
    typeAndStart('ftp://chat.example.com/');
    expect(screen.getByTestId('shopreply.teach-new-status').textContent).toBe('仅限 https:// 页面（http:// 仅限本机）。');
  });
});
