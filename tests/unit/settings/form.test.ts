import { describe, expect, it } from 'vitest';
import { errorsOf, intervalsToText, textToIntervals } from '../../../lib/settings/form';

describe('settings form helpers', () => {
  it('reads opening hours as typed, in either language', () => {
    expect(textToIntervals('9:00-12:00, 13:00 - 18:00')).toEqual([{ start: '09:00', end: '12:00' }, { start: '13:00', end: '18:00' }]);
    expect(textToIntervals('09:00至18:00；19:00~21:00')).toHaveLength(2);
    expect(textToIntervals('')).toEqual([]);
    expect(textToIntervals('morning')).toBeUndefined();
    expect(intervalsToText([{ start: '09:00', end: '18:00' }])).toBe('09:00-18:00');
  });
  it('finds the errors of a field', () => {
    const errors = [
      { field: 'workingHours.mon[0].end', code: 'end-before-start' },
      { field: 'timeZone', code: 'bad-time-zone' },
      { field: 'autoSendConfidence', code: 'must-exceed-default-threshold' },
    ] as const;
    expect(errorsOf(errors, 'workingHours.mon')).toEqual([errors[0]]);
    expect(errorsOf(errors, 'timeZone')).toEqual([errors[1]]);
  });
});
