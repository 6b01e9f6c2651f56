import type { LegendPayload } from 'recharts';

/** A rate as a whole percentage in the interface language, or an en dash when there is none. */
export function percent(rate: number | null | undefined, language: string): string {
  if (rate == null) return '–';
  return new Intl.NumberFormat(language, { style: 'percent', maximumFractionDigits: 0 }).format(rate);
}

/** A rate as a number 0–100 for charts (0 when unknown). */
export const percentValue = (rate: number | null | undefined) => (rate == null ? 0 : Math.round(rate * 100));

/** Long names on a chart axis are cut; the table alternative gives them whole. */
export const shortLabel = (label: string) => (label.length > 26 ? `${label.slice(0, 25)}…` : label);

/**
 * A chart's legend in the order of its series, as the bars and lines are drawn (Recharts sorts legend
 * items by name by default: "monitor" came before "state" beside bars drawn State first).
 */
export function legendInSeriesOrder(series: readonly { name: string }[]) {
  return { itemSorter: (item: LegendPayload) => series.findIndex((s) => s.name === String(item.dataKey)) };
}
