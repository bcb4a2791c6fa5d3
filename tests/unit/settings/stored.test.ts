import { describe, expect, it } from 'vitest';
import { changeSettings, settingsFromStored } from '../../../lib/settings/stored';
import { defaultSettings } from '../../../lib/settings/schema';

/** A shop that paused auto-send and allows one automatic reply per session, as stored. */
const safeShop = {
  timeZone: 'Asia/Shanghai',
  globalAutoSendPaused: true,
  maxAutoRepliesPerSession: 1,
  autoSendConfidence: 0.97,
  holidays: ['2026-10-01'],
  agentName: 'Lin',
};

describe('settings read back field by field', () => {
  it('a bad auto-send confidence keeps the pause and the limit of one, and names the field', () => {
    const { settings, errors } = settingsFromStored({ ...safeShop, autoSendConfidence: 'high' }, 'UTC');
    expect(settings.globalAutoSendPaused).toBe(true);
    expect(settings.maxAutoRepliesPerSession).toBe(1);
    expect(settings.timeZone).toBe('Asia/Shanghai');
    expect(settings.holidays).toEqual(['2026-10-01']);
    expect(settings.agentName).toBe('Lin');
    expect(settings.autoSendConfidence).toBe(0.92);
    expect(errors).toEqual([{ field: 'autoSendConfidence', code: 'not-a-number' }]);
  });

  it('each bad field gets its own default and its own error; the valid ones stay', () => {
    const { settings, errors } = settingsFromStored(
      { ...safeShop, contextWindowSeconds: 'soon', workingHours: { mon: [{ start: '18:00', end: '09:00' }] }, interfaceLanguage: 'fr' },
      'UTC',
    );
    expect(errors.map((e) => e.field)).toEqual(['workingHours.mon[0].end', 'contextWindowSeconds', 'interfaceLanguage']);
    expect(settings.contextWindowSeconds).toBe(1800);
    expect(settings.workingHours).toEqual(defaultSettings().workingHours);
    expect(settings.interfaceLanguage).toBe('auto');
    expect(settings).toMatchObject({ globalAutoSendPaused: true, maxAutoRepliesPerSession: 1, autoSendConfidence: 0.97 });
  });

  it('a shop that never chose a time zone, or whose zone no longer exists, gets the browser zone', () => {
    expect(settingsFromStored(undefined, 'Europe/Madrid')).toEqual({ settings: { ...defaultSettings(), timeZone: 'Europe/Madrid' }, errors: [] });
    const gone = settingsFromStored({ timeZone: 'Mars/Olympus', globalAutoSendPaused: true }, 'Europe/Madrid');
    expect(gone.settings).toMatchObject({ timeZone: 'Europe/Madrid', globalAutoSendPaused: true });
    expect(gone.errors).toEqual([{ field: 'timeZone', code: 'bad-time-zone' }]);
  });

  it('auto-send confidence not above a stored suggestion threshold falls back to its default, then the threshold goes', () => {
    const low = settingsFromStored({ suggestionThreshold: 0.9, autoSendConfidence: 0.9, globalAutoSendPaused: true }, 'UTC');
    expect(low.settings).toMatchObject({ suggestionThreshold: 0.9, autoSendConfidence: 0.92, globalAutoSendPaused: true });
    expect(low.errors).toEqual([{ field: 'autoSendConfidence', code: 'must-exceed-threshold', values: { threshold: 0.9, percent: 90 } }]);
    const high = settingsFromStored({ suggestionThreshold: 0.95, autoSendConfidence: 0.9 }, 'UTC');
    expect(high.settings.suggestionThreshold).toBeUndefined();
    expect(high.settings.autoSendConfidence).toBe(0.92);
    expect(high.errors.map((e) => e.field)).toEqual(['autoSendConfidence', 'suggestionThreshold']);
    expect(high.errors[1]).toEqual({ field: 'suggestionThreshold', code: 'threshold-leaves-no-room', values: { threshold: 0.95, percent: 95 } });
  });

  it('something that is not an object at all gives every default and says so', () => {
    const r = settingsFromStored('paused', 'UTC');
    expect(r.settings).toEqual(defaultSettings());
    expect(r.errors).toEqual([{ field: '', code: 'not-an-object' }]);
  });
});

describe('changing settings', () => {
  const current = settingsFromStored(safeShop, 'UTC').settings;

  it('changes only the fields of the patch', () => {
    const r = changeSettings(current, { shopName: 'Tea House' });
    expect(r.ok && r.settings).toEqual({ ...current, shopName: 'Tea House' });
  });

  it('refuses a change that breaks a rule, naming the field', () => {
    const r = changeSettings(current, { autoSendConfidence: 0.5 });
    expect(r.ok ? [] : r.errors).toEqual([expect.objectContaining({ field: 'autoSendConfidence', code: 'must-exceed-default-threshold' })]);
  });

  it('an undefined value in the patch clears an optional field', () => {
    const withThreshold = changeSettings(current, { suggestionThreshold: 0.9 });
    expect(withThreshold.ok && withThreshold.settings.suggestionThreshold).toBe(0.9);
    const cleared = withThreshold.ok ? changeSettings(withThreshold.settings, { suggestionThreshold: undefined }) : withThreshold;
    expect(cleared.ok && 'suggestionThreshold' in cleared.settings).toBe(false);
  });
});

describe('the gray launch in the settings', () => {
  it('old settings without one stay valid and have none; a stored launch is read back', () => {
    expect(settingsFromStored(safeShop, 'UTC')).toMatchObject({ errors: [] });
    expect(settingsFromStored(safeShop, 'UTC').settings.grayLaunch).toBeUndefined();
    const grayLaunch = { share: 0.05, startedAt: 1_780_000_000_000, ended: { at: 1_780_300_000_000, outcome: 'widened' } };
    expect(settingsFromStored({ ...safeShop, grayLaunch }, 'UTC').settings.grayLaunch).toEqual(grayLaunch);
  });

  it('a damaged launch is dropped and named, the pause stays', () => {
    const { settings, errors } = settingsFromStored({ ...safeShop, grayLaunchShare: 0.05, grayLaunch: { share: 5, startedAt: 'yesterday' } }, 'UTC');
    expect(settings.grayLaunch).toBeUndefined();
    expect(settings.globalAutoSendPaused).toBe(true);
    expect(settings.grayLaunchShare).toBe(0.05);
    expect(errors.map((e) => e.field)).toEqual(['grayLaunch.share', 'grayLaunch.startedAt']);
  });

  it('starting and ending a launch is a change of two fields', () => {
    const { settings } = settingsFromStored(safeShop, 'UTC');
    const started = changeSettings(settings, { grayLaunchShare: 0.05, grayLaunch: { share: 0.05, startedAt: 1 } });
    expect(started.ok && started.settings).toMatchObject({ grayLaunchShare: 0.05, grayLaunch: { share: 0.05, startedAt: 1 }, globalAutoSendPaused: true });
    const refused = changeSettings(settings, { grayLaunch: { share: 1, startedAt: 1 } });
    expect(refused).toEqual({ ok: false, errors: [{ field: 'grayLaunch.share', code: 'bad-share' }] });
  });
});
