import { describe, expect, it } from 'vitest';
import { defaultSettings, parseSettings } from '../../../lib/settings/schema';
import { problemText } from '../../../lib/settings/problems';

describe('settings schema', () => {
  it('fills every default', () => {
    const s = defaultSettings();
    expect(s).toMatchObject({
      timeZone: 'UTC', holidays: [], contextWindowSeconds: 1800, autoSendConfidence: 0.92,
      maxAutoRepliesPerSession: 3, offlineReplyDeadlineMinutes: 120, globalAutoSendPaused: false,
      interfaceLanguage: 'auto', agentName: '', shopName: '', grayLaunchShare: 1, nameOnlyAutoSendSites: [],
    });
    expect(s.suggestionThreshold).toBeUndefined();
    expect(s.workingHours.mon).toEqual([{ start: '09:00', end: '18:00' }]);
    expect(s.workingHours.sun).toEqual([]);
  });

  it('treats a day left out of given working hours as closed', () => {
    const r = parseSettings({ workingHours: { sat: [{ start: '10:00', end: '14:00' }] } });
    expect(r.ok && r.settings.workingHours.mon).toEqual([]);
    expect(r.ok && r.settings.workingHours.sat).toEqual([{ start: '10:00', end: '14:00' }]);
  });

  it('names the field of every problem', () => {
    const r = parseSettings({
      timeZone: 'Mars/Olympus', holidays: ['2025-02-30'], grayLaunchShare: 20,
      workingHours: { mon: [{ start: '18:00', end: '09:00' }], tue: [{ start: '9:00', end: '18:00' }] },
      interfaceLanguage: 'fr',
    });
    expect(r.ok).toBe(false);
    const fields = !r.ok ? r.errors.map((e) => e.field) : [];
    expect(fields).toEqual(expect.arrayContaining([
      'timeZone', 'holidays[0]', 'grayLaunchShare', 'workingHours.mon[0].end', 'workingHours.tue[0].start', 'interfaceLanguage',
    ]));
  });

  it('requires auto-send confidence above the suggestion threshold, with a clear message', () => {
    const low = parseSettings({ autoSendConfidence: 0.8 });
    expect(low.ok ? [] : low.errors).toEqual([
      { field: 'autoSendConfidence', code: 'must-exceed-default-threshold', values: { threshold: 0.85, percent: 85 } },
    ]);
    expect(low.ok ? '' : problemText(low.errors[0])).toMatch(/^autoSendConfidence: must be higher than the suggestion threshold \(0\.85, the default\)/);
    const custom = parseSettings({ suggestionThreshold: 0.95, autoSendConfidence: 0.92 });
    expect(custom.ok ? undefined : custom.errors[0]).toEqual({ field: 'autoSendConfidence', code: 'must-exceed-threshold', values: { threshold: 0.95, percent: 95 } });
    expect(parseSettings({ suggestionThreshold: 0.9, autoSendConfidence: 0.95 }).ok).toBe(true);
  });

  it('accepts a real IANA zone and an overnight shift split at 24:00', () => {
    const r = parseSettings({ timeZone: 'Asia/Shanghai', workingHours: { fri: [{ start: '20:00', end: '24:00' }], sat: [{ start: '00:00', end: '02:00' }] } });
    expect(r.ok).toBe(true);
  });
});
