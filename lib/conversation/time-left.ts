/** "1 h 05 min left", "12 min left", or "overdue by 3 min": the follow-up list's countdown. */
export function timeLeftLabel(deadline: number, now: number): string {
  const minutes = Math.round((deadline - now) / 60_000);
  const fmt = (m: number) => (m >= 60 ? `${Math.floor(m / 60)} h ${String(m % 60).padStart(2, '0')} min` : `${m} min`);
  return minutes >= 0 ? `${fmt(minutes)} left` : `overdue by ${fmt(-minutes)}`;
}
