// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { CommitField } from '../../../components/editor/CommitField';

afterEach(cleanup);

describe('a field that saves by itself', () => {
  it('saves on leaving, keeps a refused draft with the reason, and takes external changes', async () => {
    const onCommit = vi.fn(async (v: string) => (v.includes('{order_number}') ? 'unknown variable {order_number}' : undefined));
    const { rerender } = render(<CommitField label="Reply" value="Hi" onCommit={onCommit} testId="f" />);
    const input = screen.getByTestId('f') as HTMLInputElement;

    fireEvent.change(input, { target: { value: 'Order {order_number}' } });
    expect(input.dataset.dirty).toBe('true');
    await act(async () => fireEvent.blur(input));
    expect(screen.getByRole('alert').textContent).toBe('unknown variable {order_number}');
    expect(input.value).toBe('Order {order_number}');

    fireEvent.change(input, { target: { value: 'Order {order_id}' } });
    await act(async () => fireEvent.keyDown(input, { key: 'Enter' }));
    expect(onCommit).toHaveBeenLastCalledWith('Order {order_id}');
    expect(screen.queryByRole('alert')).toBeNull();

    // The saved value comes back (echo): the draft stays; then an undo elsewhere replaces it.
    rerender(<CommitField label="Reply" value="Order {order_id}" onCommit={onCommit} testId="f" />);
    expect(input.value).toBe('Order {order_id}');
    rerender(<CommitField label="Reply" value="Hi" onCommit={onCommit} testId="f" />);
    expect(input.value).toBe('Hi');
    expect(input.dataset.dirty).toBeUndefined();
  });

  it('saves after a pause in typing without eating a new line', async () => {
    vi.useFakeTimers();
    try {
      const onCommit = vi.fn(async () => undefined);
      const normalize = (s: string) => s.split('\n').filter(Boolean).join('\n');
      render(<CommitField multiline label="Keywords" value="a" normalize={normalize} onCommit={onCommit} testId="k" />);
      const area = screen.getByTestId('k') as HTMLTextAreaElement;
      fireEvent.change(area, { target: { value: 'a\nb\n' } });
      await act(async () => vi.advanceTimersByTime(1000));
      expect(onCommit).toHaveBeenCalledWith('a\nb\n');
      expect(area.value).toBe('a\nb\n');
      await act(async () => fireEvent.blur(area));
      expect(area.value).toBe('a\nb');
    } finally {
      vi.useRealTimers();
    }
  });
});
