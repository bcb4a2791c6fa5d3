import { describe, expect, it } from 'vitest';
import { formatCountdown, formatRate } from '../../../lib/metrics/format';

describe('metric formats', () => {
  it('a rate keeps the decimal that tells 8.3 % from 8 %', () => {
    expect([formatRate(0.08), formatRate(2 / 24), formatRate(0), formatRate(1), formatRate(null)]).toEqual(['8 %', '8.3 %', '0 %', '100 %', '—']);
  });
  it('the countdown is hours:minutes:seconds, rounded up, never negative', () => {
    expect([formatCountdown(72 * 3600_000), formatCountdown(72 * 3600_000 - 1500), formatCountdown(1), formatCountdown(-5)]).toEqual(['72:00:00', '71:59:59', '0:00:01', '0:00:00']);
  });
});
