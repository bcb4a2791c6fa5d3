// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { useState } from 'react';
import { ErrorBoundary } from '../../../components/ErrorBoundary';
import { Boundary } from '../../../components/editor/Boundary';
import { I18nProvider } from '../../../components/editor/I18n';

afterEach(cleanup);

function LearnedList({ learned }: { learned: unknown[] }) {
  // What the rule editor did with a learned example that was not text.
  return <ul>{learned.map((l, i) => <li key={i}>{(l as string).trim()}</li>)}</ul>;
}

const texts = { title: 'Something went wrong in the rule editor.', detail: (e: string) => `What went wrong: ${e}`, retry: 'Try again' };

describe('ErrorBoundary', () => {
  it('shows what went wrong in place of a throwing child; its siblings still render and work', () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    function Counter() {
      const [n, setN] = useState(0);
      return <button type="button" onClick={() => setN(n + 1)} data-testid="counter">clicked {n}</button>;
    }
    render(
      <div>
        <ErrorBoundary texts={texts} area="ruleEditor">
          <LearnedList learned={['fine', 123]} />
        </ErrorBoundary>
        <Counter />
      </div>,
    );
    const alert = screen.getByTestId('shopreply.boundary.ruleEditor');
    expect(alert.textContent).toContain('Something went wrong in the rule editor.');
    expect(screen.getByTestId('shopreply.boundary.detail').textContent).toMatch(/^What went wrong: .*trim is not a function/);
    fireEvent.click(screen.getByTestId('counter'));
    expect(screen.getByTestId('counter').textContent).toBe('clicked 1');
  });

  it('tries again on request, and clears when its reset key changes', () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    let broken = true;
    function Flaky() {
      if (broken) throw new Error('not ready');
      return <p data-testid="flaky">ready</p>;
    }
    const { rerender } = render(<ErrorBoundary texts={texts} area="x" resetKey={1}><Flaky /></ErrorBoundary>);
    expect(screen.getByTestId('shopreply.boundary.detail').textContent).toBe('What went wrong: not ready');
    broken = false;
    fireEvent.click(screen.getByTestId('shopreply.boundary.retry'));
    expect(screen.getByTestId('flaky').textContent).toBe('ready');
    broken = true;
    rerender(<ErrorBoundary texts={texts} area="x" resetKey={1}><Flaky key="again" /></ErrorBoundary>);
    expect(screen.queryByTestId('flaky')).toBeNull();
    broken = false;
    rerender(<ErrorBoundary texts={texts} area="x" resetKey={2}><Flaky key="again" /></ErrorBoundary>);
    expect(screen.getByTestId('flaky').textContent).toBe('ready');
  });

  it('speaks the interface language on the options page', () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    render(
      <I18nProvider language="zh">
        <Boundary area="import"><LearnedList learned={[null]} /></Boundary>
        <p data-testid="sibling">导出</p>
      </I18nProvider>,
    );
    expect(screen.getByTestId('shopreply.boundary.import').textContent).toContain('导入出错了；页面的其他部分仍可使用。');
    expect(screen.getByTestId('shopreply.boundary.retry').textContent).toBe('重试');
    expect(screen.getByTestId('sibling').textContent).toBe('导出');
  });
});
