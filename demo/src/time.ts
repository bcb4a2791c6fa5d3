const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

function sameDay(a: Date, b: Date) {
  return a.getFullYear() === b.getFullYear() && a.getMonth() === b.getMonth() && a.getDate() === b.getDate();
}

/** Time labels as the seller chat prints them: "Sep 3 5:55 PM", or "昨天 上午5:46" in Chinese. */
export function timeLabel(at: number, locale: 'en' | 'zh', now = Date.now()): string {
  const d = new Date(at);
  const minutes = String(d.getMinutes()).padStart(2, '0');
  const h12 = d.getHours() % 12 || 12;
  if (locale === 'zh') {
    const clock = `${d.getHours() < 12 ? '上午' : '下午'}${h12}:${minutes}`;
    const today = new Date(now);
    const yesterday = new Date(now - 86_400_000);
    if (sameDay(d, today)) return clock;
    if (sameDay(d, yesterday)) return `昨天 ${clock}`;
    return `${d.getMonth() + 1}月${d.getDate()}日 ${clock}`;
  }
  return `${MONTHS[d.getMonth()]} ${d.getDate()} ${h12}:${minutes} ${d.getHours() < 12 ? 'AM' : 'PM'}`;
}
