import { describe, expect, it } from 'vitest';
import { isWithinWorkingHours, nextOpening, nextOpeningSentence, openingLabel } from '../../../lib/conversation/hours';
import { settings } from './fixtures';

const ny = settings({ timeZone: 'America/New_York' });
const at = (iso: string) => Date.parse(iso);

describe('isWithinWorkingHours', () => {
  it('reads the wall clock of the shop zone, start inclusive, end exclusive', () => {
    const sh = settings({ timeZone: 'Asia/Shanghai' });
    expect(isWithinWorkingHours(at('2025-03-10T01:00:00Z'), sh)).toBe(true); // Mon 09:00 Shanghai
    expect(isWithinWorkingHours(at('2025-03-10T00:59:00Z'), sh)).toBe(false); // Mon 08:59
    expect(isWithinWorkingHours(at('2025-03-10T10:00:00Z'), sh)).toBe(false); // Mon 18:00
    expect(isWithinWorkingHours(at('2025-03-08T03:00:00Z'), sh)).toBe(false); // Saturday
  });

  it('follows daylight saving time (New York, clocks forward on 2025-03-09)', () => {
    // 13:30Z is 08:30 EST on Friday 7 March but 09:30 EDT on Monday 10 March.
    expect(isWithinWorkingHours(at('2025-03-07T13:30:00Z'), ny)).toBe(false);
    expect(isWithinWorkingHours(at('2025-03-10T13:30:00Z'), ny)).toBe(true);
  });

  it('is closed all day on a holiday of the local date', () => {
    const h = settings({ timeZone: 'Asia/Tokyo', holidays: ['2025-03-10'] });
    expect(isWithinWorkingHours(at('2025-03-10T01:00:00Z'), h)).toBe(false); // Mon 10:00 Tokyo, holiday
    expect(isWithinWorkingHours(at('2025-03-11T01:00:00Z'), h)).toBe(true);
    // 2025-03-10T23:30Z is Tuesday 11 March 08:30 in Tokyo while UTC is still on Monday 10 March.
    const tue = { tue: [{ start: '08:00', end: '18:00' }] };
    expect(isWithinWorkingHours(at('2025-03-10T23:30:00Z'), settings({ timeZone: 'Asia/Tokyo', workingHours: tue }))).toBe(true);
    expect(isWithinWorkingHours(at('2025-03-10T23:30:00Z'), settings({ timeZone: 'Asia/Tokyo', workingHours: tue, holidays: ['2025-03-11'] }))).toBe(false);
  });
});

describe('nextOpening', () => {
  it('is Monday 09:00 local after a Friday evening, across the DST change', () => {
    const o = nextOpening(at('2025-03-07T23:30:00Z'), ny)!; // Fri 18:30 EST
    expect(o).toMatchObject({ date: '2025-03-10', weekday: 'mon', time: '09:00', daysAhead: 3 });
    expect(o.at).toBe(at('2025-03-10T13:00:00Z')); // 09:00 EDT, not 14:00Z
    expect(openingLabel(o, 'en')).toBe('Monday 09:00');
    expect(openingLabel(o, 'zh')).toBe('周一 09:00');
    expect(openingLabel(o, 'de')).toBe('Montag 09:00');
    expect(openingLabel(o, 'xx')).toBe('Monday 09:00');
  });

  it('skips holidays and says tomorrow / today', () => {
    const h = settings({ timeZone: 'America/New_York', holidays: ['2025-03-10'] });
    const o = nextOpening(at('2025-03-10T14:00:00Z'), h)!; // holiday Monday 10:00
    expect(o.at).toBe(at('2025-03-11T13:00:00Z'));
    expect(openingLabel(o, 'en')).toBe('tomorrow 09:00');
    expect(openingLabel(o, 'zh')).toBe('明天 09:00');
    const early = nextOpening(at('2025-03-11T11:00:00Z'), h)!; // Tue 07:00
    expect(openingLabel(early, 'en')).toBe('today 09:00');
  });

  it('returns now when open, and nothing when the shop never opens', () => {
    const now = at('2025-03-10T14:00:00Z');
    expect(nextOpening(now, ny)?.at).toBe(now);
    const closed = settings({ workingHours: {} });
    expect(nextOpening(now, closed)).toBeUndefined();
  });

  it('names the date when the opening is a week or more away', () => {
    const h = settings({ holidays: ['2025-03-10', '2025-03-11', '2025-03-12', '2025-03-13', '2025-03-14', '2025-03-17'] });
    const o = nextOpening(at('2025-03-08T12:00:00Z'), h)!;
    expect(o.date).toBe('2025-03-18');
    expect(openingLabel(o, 'en')).toBe('Tuesday 2025-03-18 09:00');
  });

  it('moves an opening inside the spring-forward gap to after it', () => {
    const s = settings({ timeZone: 'America/New_York', workingHours: { sun: [{ start: '02:30', end: '05:00' }] } });
    const o = nextOpening(at('2025-03-08T12:00:00Z'), s)!;
    expect(o.at).toBe(at('2025-03-09T07:30:00Z')); // 03:30 EDT
    expect(o.time).toBe('03:30');
  });

  it('takes the first of a repeated hour when clocks go back (Berlin, 2025-10-26)', () => {
    const s = settings({ timeZone: 'Europe/Berlin', workingHours: { sun: [{ start: '02:30', end: '04:00' }] } });
    const o = nextOpening(at('2025-10-25T12:00:00Z'), s)!;
    expect(o.at).toBe(at('2025-10-26T00:30:00Z')); // 02:30 CEST (UTC+2), the earlier one
  });

  it('writes a sentence for the offline reply', () => {
    const o = nextOpening(at('2025-03-07T23:30:00Z'), ny)!;
    expect(nextOpeningSentence(o, 'en')).toBe('We will reply from Monday 09:00.');
    expect(nextOpeningSentence(o, 'zh')).toBe('我们将于周一 09:00起回复您。');
    expect(nextOpeningSentence(o, 'es')).toBe('Próxima atención: lunes 09:00.');
  });
});
