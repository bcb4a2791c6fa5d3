import { ConversationEventSchema, computeMetrics, type ConversationEvent, type MetricsReport } from '../conversation/events';

/** The stored events that are valid outcome events (older or foreign records are left out), as metrics. */
export function metricsOfStored(records: readonly unknown[]): MetricsReport {
  const events = records.flatMap((r): ConversationEvent[] => {
    const parsed = ConversationEventSchema.safeParse(r);
    return parsed.success ? [parsed.data] : [];
  });
  return computeMetrics(events);
}

export function formatDuration(ms: number | null): string {
  if (ms === null) return '—';
  const seconds = Math.round(ms / 1000);
  return seconds < 60 ? `${seconds} s` : `${Math.floor(seconds / 60)} min ${String(seconds % 60).padStart(2, '0')} s`;
}

export function formatShare(share: number | null): string {
  return share === null ? '—' : `${Math.round(share * 100)} %`;
}
