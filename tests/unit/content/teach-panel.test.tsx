// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { act, cleanup, render, screen } from '@testing-library/react';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { TeachPanel } from '../../../entrypoints/chat.content/teach/TeachPanel';
import { createTeaching } from '../../../entrypoints/chat.content/teach/teaching';

afterEach(cleanup);

/** The BEM capture as the page the content script runs in. */
function onCapture() {
  const html = readFileSync(join(import.meta.dirname, '../../fixtures/captures/teach/bem-aria.html'), 'utf8');
  document.body.innerHTML = new DOMParser().parseFromString(html, 'text/html').body.innerHTML;
  const host = document.createElement('shopreply-overlay');
  document.body.append(host);
  return host;
}

describe('the teaching panel', () => {
  it('speaks Chinese in a Chinese interface: the steps, and what is still missing', () => {
    const host = onCapture();
    const teaching = createTeaching(document, window);
    teaching.setHost(host);
    render(<TeachPanel teaching={teaching} ui="zh" />);
    act(() => teaching.open());
    expect(screen.getByTestId('shopreply.teach').getAttribute('aria-label')).toBe('教 ShopReply 读这个页面');
    expect(screen.getByTestId('shopreply.teach-step-composer').textContent).toContain('输入框');
    expect(screen.getByTestId('shopreply.teach-live-missing').textContent).toBe('仍缺少：消息、消息的发送方、输入框、发送按钮');
    expect(screen.getByTestId('shopreply.teach-live-composer').textContent).toBe('未找到');
    expect((screen.getByTestId('shopreply.teach-save') as HTMLButtonElement).disabled).toBe(true);
    act(() => teaching.close());
  });

  it('a click a script makes on the page picks nothing and is left to the page: only the person picks', () => {
    const host = onCapture();
    const teaching = createTeaching(document, window);
    teaching.setHost(host);
    render(<TeachPanel teaching={teaching} ui="en" />);
    act(() => teaching.open());
    expect(teaching.get().picking).toBe('buyerMessage');
    let pageGotIt = 0;
    document.addEventListener('pointerdown', () => pageGotIt++);
    const text = document.querySelector('.message--in .message__text')!;
    act(() => {
      text.dispatchEvent(new PointerEvent('pointerdown', { bubbles: true, composed: true, button: 0 }));
      text.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
    });
    expect(teaching.get().picked).toEqual({});
    expect(screen.getByTestId('shopreply.teach-step-buyerMessage').getAttribute('data-picked')).toBe('false');
    expect(pageGotIt).toBe(1);
    act(() => teaching.close());
  });
});
