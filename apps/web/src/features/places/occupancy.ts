/** Occupancy above 100 % of the official capacity: overcrowding, a risk factor in itself. */
export function isOvercrowded(rate: number | null | undefined): boolean {
  return rate != null && rate > 1;
}

/** An occupancy rate (1.25) as a percentage the interface language writes ("125 %"). */
export function formatOccupancy(rate: number, language: string): string {
  return new Intl.NumberFormat(language, { style: 'percent', maximumFractionDigits: 0 }).format(rate);
}

/** Occupancy of a population count against a capacity; null when the capacity is unknown or zero. */
export function occupancyOf(population: number, capacity: number | null | undefined): number | null {
  return capacity ? population / capacity : null;
}
