import { formatLocalDate } from '../../components/records.ts';

export interface VisitLike {
  readonly startDate: string;
  readonly places: readonly { readonly name: string }[];
}

/** A visit named the way monitors recall it: its date and the places visited. */
export function visitLabel(visit: VisitLike, language: string, typeLabel: string): string {
  const places = visit.places.map((place) => place.name).join(', ');
  return [formatLocalDate(visit.startDate, language), places || typeLabel].join(' · ');
}
