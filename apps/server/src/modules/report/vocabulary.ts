// Labels of the vocabulary for report documents: the web app's catalogues, read through
// modules/vocabulary/labels.ts (one source for the app, the portal and the documents).
import { labelOf } from '../vocabulary/labels.ts';
import type { ReportLanguage } from './model.ts';

type Vocabulary =
  | 'PlaceType'
  | 'VisitType'
  | 'MonitoringArea'
  | 'Vulnerability'
  | 'Severity'
  | 'Expertise'
  | 'RiskFactor'
  | 'Priority'
  | 'RecommendationLevel';

/** The label of a vocabulary value in the report's language; an unknown (extended) value shows as written. */
export function vocabularyLabel(language: ReportLanguage, vocabulary: Vocabulary, value: string): string {
  return labelOf(language, vocabulary, value) ?? value.replaceAll('_', ' ').toLowerCase();
}
