/** The local hour at which each person's daily digest goes out (decision 0042). */
export const DIGEST_HOUR = 6;

const supported = new Set(Intl.supportedValuesOf('timeZone'));

/**
 * The canonical name of an IANA time zone this server knows (Intl's list, plus UTC which the list leaves
 * out), or null: what the browser offers is validated here before it is stored.
 */
export function canonicalTimeZone(name: string): string | null {
  if (name.length === 0 || name.length > 64) return null;
  let canonical: string;
  try {
    canonical = new Intl.DateTimeFormat('en-US', { timeZone: name }).resolvedOptions().timeZone;
  } catch {
    return null;
  }
  if (canonical === 'UTC' || canonical === 'Etc/UTC') return 'UTC';
  return supported.has(canonical) ? canonical : null;
}

/** The country's time zone when it has exactly one (Paraguay: America/Asuncion; Chile has four: null). */
export function countryTimeZone(countryCode: string | null): string | null {
  if (!countryCode || !/^[A-Z]{2}$/.test(countryCode)) return null;
  let zones: readonly string[] | undefined;
  try {
    const locale = new Intl.Locale(`und-${countryCode}`) as Intl.Locale & {
      timeZones?: readonly string[];
      getTimeZones?: () => readonly string[];
    };
    zones = locale.getTimeZones?.() ?? locale.timeZones;
  } catch {
    return null;
  }
  return zones?.length === 1 && zones[0] ? canonicalTimeZone(zones[0]) : null;
}

/** The zone a person's digest follows: theirs, else their organisation country's single zone, else UTC. */
export function effectiveTimeZone(chosen: string | null, countryCode: string | null): string {
  return (chosen && canonicalTimeZone(chosen)) ?? countryTimeZone(countryCode) ?? 'UTC';
}

const clocks = new Map<string, Intl.DateTimeFormat>();

/** The calendar day (YYYY-MM-DD) and hour (0–23) at `instant` in `timeZone`; Intl applies its DST rules. */
export function localClock(timeZone: string, instant: Date): { day: string; hour: number } {
  let format = clocks.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-US', {
      timeZone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      hourCycle: 'h23',
    });
    clocks.set(timeZone, format);
  }
  const parts = Object.fromEntries(format.formatToParts(instant).map((p) => [p.type, p.value]));
  return { day: `${parts.year}-${parts.month}-${parts.day}`, hour: Number(parts.hour) };
}
