export function formatDuration(ms: number | null): string {
  if (ms === null) return '—';
  const seconds = Math.round(ms / 1000);
  return seconds < 60 ? `${seconds} s` : `${Math.floor(seconds / 60)} min ${String(seconds % 60).padStart(2, '0')} s`;
}

export function formatShare(share: number | null): string {
  return share === null ? '—' : `${Math.round(share * 100)} %`;
}

/** A rate to one decimal where it matters: 8.3 % is above the 8 % line, and must not read as 8 %. */
export function formatRate(rate: number | null): string {
  if (rate === null) return '—';
  const tenths = Math.round(rate * 1000);
  return `${tenths % 10 ? (tenths / 10).toFixed(1) : tenths / 10} %`;
}

/** Time left as hours:minutes:seconds ("71:59:58"); 0:00:00 when over. */
export function formatCountdown(ms: number): string {
  const s = Math.max(0, Math.ceil(ms / 1000));
  return `${Math.floor(s / 3600)}:${String(Math.floor((s % 3600) / 60)).padStart(2, '0')}:${String(s % 60).padStart(2, '0')}`;
}
