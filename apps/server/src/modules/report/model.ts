import type { MonitoringArea, ReportVersion } from '@opcat/domain';

/** The languages a report's own text (headings, labels) is written in; records keep their language. */
export const REPORT_LANGUAGES = ['es', 'en', 'fr', 'pt'] as const;
export type ReportLanguage = (typeof REPORT_LANGUAGES)[number];

/** Why something the downloader reads was left out of a version (counted, never listed). */
export type LeftOutReason = 'AUDIENCE_CANNOT_READ' | 'NOT_ADDRESSED_TO_AUDIENCE' | 'PERSONAL_DATA';
export type ReportRecordType = 'VISIT' | 'PLACE' | 'FINDING' | 'RECOMMENDATION' | 'INTERVIEWEE';

export interface ReportInterviewee {
  pseudonym: string;
  /** Personal data: only in the owner's confidential version downloaded by its visit team. */
  personal: {
    identity: string;
    contact: string | null;
    medicalNotes: string | null;
    atRisk: boolean;
    welfareCheckDueOn: string | null;
  } | null;
}

export interface ReportFinding {
  id: string;
  title: string;
  placeName: string | null;
  severity: string;
  goodPractice: boolean;
  riskFactors: string[];
  vulnerabilities: string[];
  description: string;
  /** The co-edited narrative, rendered to text. */
  narrative: string;
  interviewees: ReportInterviewee[];
}

export interface ReportRecommendation {
  id: string;
  reference: string;
  title: string;
  text: string;
  addressee: string;
  priority: string;
  level: string;
  responseDueOn: string;
  targetDate: string | null;
}

export interface ReportVisit {
  type: string;
  announced: boolean;
  startDate: string;
  endDate: string | null;
  objectives: string;
  /** Names only in the confidential version; other versions show the team's expertise. */
  team: { name: string | null; expertise: string; leader: boolean }[];
  introduction: string;
  conclusions: string;
}

/** Everything one version of a visit report contains, ready for any renderer. */
export interface VisitReportModel {
  visitId: string;
  version: ReportVersion;
  language: ReportLanguage;
  generatedOn: string;
  ownerOrganisation: string;
  /** The authority an AUTHORITY copy is for. */
  audience: { id: string; name: string } | null;
  /** The visit's own fields, when the audience reads the visit itself. */
  visit: ReportVisit | null;
  places: { id: string; name: string; type: string; region: string | null }[];
  areas: { area: MonitoringArea; findings: ReportFinding[] }[];
  recommendations: ReportRecommendation[];
  leftOut: { recordType: ReportRecordType; reason: LeftOutReason; count: number }[];
}

export function includedRecordIds(model: VisitReportModel) {
  return {
    places: model.places.map((p) => p.id),
    findings: model.areas.flatMap((a) => a.findings.map((f) => f.id)),
    recommendations: model.recommendations.map((r) => r.id),
  };
}
