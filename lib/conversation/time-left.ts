/** How long until a follow-up's deadline, as values the interface words: (65 min) → 1 h 5 min left. */
export interface TimeLeft {
  overdue: boolean;
  hours: number;
  minutes: number;
}

export function timeLeft(deadline: number, now: number): TimeLeft {
  const total = Math.round((deadline - now) / 60_000);
  const abs = Math.abs(total);
  return { overdue: total < 0, hours: Math.floor(abs / 60), minutes: abs % 60 };
}
