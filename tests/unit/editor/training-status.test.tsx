// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { act, cleanup, render, renderHook, screen, waitFor } from '@testing-library/react';
import { TrainingLine, type AskWorker } from '../../../components/editor/TryIt';
import { useTrainingStatus } from '../../../components/editor/useTrainingStatus';
import { I18nProvider } from '../../../components/editor/I18n';
import type { TrainingStatus } from '../../../lib/messages/protocol';

afterEach(cleanup);

const status = (s: Partial<TrainingStatus>): TrainingStatus => ({ state: 'training', progress: 0.4, rules: 6013, model: 'fp1', ...s });

describe('the training status in the editor', () => {
  it('says how far the training is, then that the model is ready, in the interface language', () => {
    const { rerender } = render(<I18nProvider language="en"><TrainingLine status={status({ progress: 0.404 })} /></I18nProvider>);
    const line = screen.getByTestId('shopreply.training-status');
    expect(line.textContent).toBe('Training: 40 % ');
    expect(line.dataset.state).toBe('training');
    rerender(<I18nProvider language="zh"><TrainingLine status={status({ progress: 0.404 })} /></I18nProvider>);
    expect(line.textContent).toBe('训练中：40 % ');
    rerender(<I18nProvider language="en"><TrainingLine status={status({ state: 'ready', progress: 1 })} /></I18nProvider>);
    expect(screen.getByTestId('shopreply.training-status').textContent).toBe('Model ready (6013 rules)');
  });

  it('asks the worker until the model is ready, and again after a library change', async () => {
    const answers = [status({ progress: 0.1 }), status({ progress: 0.7 }), status({ state: 'ready', progress: 1 })];
    const ask = vi.fn(async (message: unknown) => {
      expect(message).toEqual({ type: 'training-status' });
      return answers.shift() ?? status({ state: 'ready', progress: 1, model: 'fp2' });
    });
    const { result, rerender } = renderHook(({ revision }) => useTrainingStatus(ask as unknown as AskWorker, revision), { initialProps: { revision: 1 } });
    await waitFor(() => expect(result.current?.progress).toBe(0.1));
    await waitFor(() => expect(result.current?.state).toBe('ready'), { timeout: 3000 });
    const calls = ask.mock.calls.length;
    expect(calls).toBe(3);
    await act(async () => new Promise((r) => setTimeout(r, 900)));
    expect(ask.mock.calls.length).toBe(calls); // no polling once ready
    rerender({ revision: 2 });
    await waitFor(() => expect(result.current?.model).toBe('fp2'));
  });
});
