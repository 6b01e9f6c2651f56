/**
 * LocalDate arithmetic on 'YYYY-MM-DD' strings, always in UTC so that the server's own time zone
 * never shifts a due date. "Today" is one value per call site, passed into SQL as a parameter, so
 * the `overdue` filter and the `responseOverdue` field agree.
 */
export function todayUtc(now: Date = new Date()): string {
  return now.toISOString().slice(0, 10);
}

export function addDays(date: string, days: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}
