import { describe, expect, it } from 'vitest';
import { parseSettings } from '../../../lib/settings/schema';
import { settingsFromStored } from '../../../lib/settings/stored';
import { settingsProblemText } from '../../../lib/i18n/settings-problems';

const latin = /[A-Za-z]{3,}/;

describe('settings problems in the person’s language', () => {
  it('a bad auto-send confidence is a code with values, said in Chinese without an English sentence', () => {
    const r = parseSettings({ suggestionThreshold: 0.9, autoSendConfidence: 0.5 });
    expect(r.ok).toBe(false);
    const [problem] = r.ok ? [] : r.errors;
    expect(problem).toEqual({ field: 'autoSendConfidence', code: 'must-exceed-threshold', values: { threshold: 0.9, percent: 90 } });
    const zh = settingsProblemText('zh', problem);
    expect(zh).toBe('自动发送置信度（%）：必须高于推荐阈值（90%），否则每条推荐都会被自动发送。');
    expect(zh).not.toMatch(latin);
    expect(settingsProblemText('en', problem)).toBe('Auto-send confidence (%): must be higher than the suggestion threshold (90%); otherwise every suggestion would be sent automatically.');
  });

  it('every problem of a badly damaged record reads in Chinese, fields named by the page’s labels', () => {
    const { errors } = settingsFromStored({
      timeZone: 'Mars/Olympus', holidays: ['2025-02-30', 'soon'], grayLaunchShare: 20, contextWindowSeconds: -5,
      workingHours: { mon: [{ start: '18:00', end: '09:00' }], tue: [{ start: '9:00', end: '18:00' }] },
      interfaceLanguage: 'fr', servedLanguages: ['Chinese'], globalAutoSendPaused: 'yes', suggestionThreshold: 0.95, autoSendConfidence: 0.9,
    }, 'UTC');
    expect(errors.map((e) => e.code)).toEqual(expect.arrayContaining([
      'bad-time-zone', 'not-a-real-date', 'bad-date', 'too-high', 'not-above', 'end-before-start', 'bad-time', 'unknown-option',
      'bad-language', 'not-a-boolean', 'must-exceed-threshold', 'threshold-leaves-no-room',
    ]));
    for (const e of errors) {
      const zh = settingsProblemText('zh', e);
      // Field paths without a label (e.g. globalAutoSendPaused) and option values stay as written.
      expect(zh.replace(/globalAutoSendPaused|auto, zh, en|Asia\/Shanghai|America\/New_York|YYYY-MM-DD|HH:MM|\ben\b|\bzh\b/g, '')).not.toMatch(latin);
    }
    expect(settingsProblemText('zh', errors.find((e) => e.code === 'end-before-start')!)).toMatch(/^工作时间 · 星期一：/);
  });
});
