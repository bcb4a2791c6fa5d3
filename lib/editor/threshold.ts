/** Thresholds are stored as shares (0.85) and edited as percentages (85 %). */

export function shareToPercent(share: number): number {
  return Math.round(share * 10000) / 100;
}

/** A percentage typed by a person → a share in (0, 1], or undefined when it is not one. */
export function percentToShare(input: string | number): number | undefined {
  const text = String(input).trim().replace(/%$/, '').trim().replace(',', '.');
  if (!/^\d+(\.\d+)?$/.test(text)) return undefined;
  const percent = Number(text);
  if (!(percent > 0 && percent <= 100)) return undefined;
  return Math.round(percent * 100) / 10000;
}
