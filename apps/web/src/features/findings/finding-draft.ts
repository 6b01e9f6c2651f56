import type { RecordFindingInput, UpdateFindingInput } from '../../__generated__/graphql.ts';
import type { Classification, FindingSource, MonitoringArea, Severity, Vulnerability } from '../../lib/enums.ts';
import { normaliseRiskFactors, type RiskFactorLabels } from './risk-factors.ts';

export interface IntervieweeDraft {
  /** Stable React key for rows not saved yet. */
  readonly key: string;
  readonly pseudonym: string;
  readonly identity: string;
  readonly contact: string;
  readonly medicalNotes: string;
  /** At risk of reprisals: the server plans a welfare check. */
  readonly atRisk: boolean;
}

/** The finding editor's state; the same shape for a new finding and an edited one. */
export interface FindingDraft {
  readonly title: string;
  readonly placeId: string | null;
  readonly monitoringArea: MonitoringArea | null;
  readonly riskFactors: readonly string[];
  readonly vulnerabilities: readonly Vulnerability[];
  readonly sources: readonly FindingSource[];
  readonly severity: Severity | null;
  readonly goodPractice: boolean;
  readonly description: string;
  readonly interviewees: readonly IntervieweeDraft[];
  readonly classification: Classification;
}

export type FindingField =
  | 'title'
  | 'placeId'
  | 'monitoringArea'
  | 'riskFactors'
  | 'vulnerabilities'
  | 'sources'
  | 'severity'
  | 'description'
  | 'interviewees'
  | 'classification';

export const FINDING_FIELDS: readonly FindingField[] = [
  'title',
  'placeId',
  'monitoringArea',
  'riskFactors',
  'vulnerabilities',
  'sources',
  'severity',
  'description',
  'interviewees',
  'classification',
];

export function emptyFindingDraft(placeId: string | null): FindingDraft {
  return {
    title: '',
    placeId,
    monitoringArea: null,
    riskFactors: [],
    vulnerabilities: [],
    sources: [],
    severity: null,
    goodPractice: false,
    description: '',
    interviewees: [],
    classification: 'ORGANISATION',
  };
}

interface SavedFinding {
  readonly title: string;
  readonly place: { readonly id: string } | null;
  readonly monitoringArea: MonitoringArea;
  readonly riskFactors: readonly string[];
  readonly vulnerabilities: readonly Vulnerability[];
  readonly sources: readonly FindingSource[];
  readonly severity: Severity;
  readonly goodPractice: boolean;
  readonly description: string;
  readonly classification: Classification;
  readonly interviewees: readonly {
    readonly id: string;
    readonly pseudonym: string;
    readonly identity: string | null;
    readonly contact: string | null;
    readonly medicalNotes: string | null;
    readonly atRisk?: boolean | null;
  }[];
}

export function draftOfFinding(finding: SavedFinding): FindingDraft {
  return {
    title: finding.title,
    placeId: finding.place?.id ?? null,
    monitoringArea: finding.monitoringArea,
    riskFactors: [...finding.riskFactors],
    vulnerabilities: [...finding.vulnerabilities],
    sources: [...finding.sources],
    severity: finding.severity,
    goodPractice: finding.goodPractice,
    description: finding.description,
    classification: finding.classification,
    interviewees: finding.interviewees.map((person) => ({
      key: person.id,
      pseudonym: person.pseudonym,
      identity: person.identity ?? '',
      contact: person.contact ?? '',
      medicalNotes: person.medicalNotes ?? '',
      atRisk: person.atRisk === true,
    })),
  };
}

/** Required fields left empty (the server checks again). */
export function missingFindingFields(draft: FindingDraft, withInterviewees: boolean): FindingField[] {
  const missing: FindingField[] = [];
  if (!draft.title.trim()) missing.push('title');
  if (!draft.placeId) missing.push('placeId');
  if (!draft.monitoringArea) missing.push('monitoringArea');
  if (!draft.severity) missing.push('severity');
  if (withInterviewees && draft.interviewees.some((person) => !person.pseudonym.trim() || !person.identity.trim())) {
    missing.push('interviewees');
  }
  return missing;
}

function intervieweesInput(draft: FindingDraft) {
  return draft.interviewees.map((person) => ({
    pseudonym: person.pseudonym.trim(),
    identity: person.identity.trim(),
    contact: person.contact.trim() || null,
    medicalNotes: person.medicalNotes.trim() || null,
    atRisk: person.atRisk,
  }));
}

/** Whether the interviewees differ from those loaded (only then are they sent, replacing all of them). */
export function intervieweesChanged(before: FindingDraft, after: FindingDraft): boolean {
  return JSON.stringify(intervieweesInput(before)) !== JSON.stringify(intervieweesInput(after));
}

/** What recording and updating a finding both send of the draft. */
function findingFields(draft: FindingDraft, labels: RiskFactorLabels) {
  if (!draft.monitoringArea || !draft.severity) throw new Error('The finding is incomplete');
  return {
    title: draft.title.trim(),
    monitoringArea: draft.monitoringArea,
    riskFactors: normaliseRiskFactors(draft.riskFactors, labels),
    vulnerabilities: [...draft.vulnerabilities],
    sources: [...draft.sources],
    severity: draft.severity,
    goodPractice: draft.goodPractice,
    description: draft.description,
  };
}

/** The input for `recordFinding`; call once `missingFindingFields` is empty. */
export function recordFindingInput(
  draft: FindingDraft,
  visitId: string,
  labels: RiskFactorLabels,
  withInterviewees: boolean,
): RecordFindingInput {
  if (!draft.placeId) throw new Error('The finding is incomplete');
  return {
    visitId,
    placeId: draft.placeId,
    ...findingFields(draft, labels),
    classification: draft.classification,
    ...(withInterviewees ? { interviewees: intervieweesInput(draft) } : {}),
  };
}

/**
 * The input for `updateFinding`, with the version the editor started from so that a concurrent
 * change is reported (CONFLICT) instead of overwritten. Interviewees only when the viewer may see
 * them and changed them.
 */
export function updateFindingInput(
  id: string,
  version: number,
  original: FindingDraft,
  draft: FindingDraft,
  labels: RiskFactorLabels,
  mayWriteInterviewees: boolean,
): UpdateFindingInput {
  return {
    id,
    expectedVersion: version,
    ...findingFields(draft, labels),
    ...(mayWriteInterviewees && intervieweesChanged(original, draft) ? { interviewees: intervieweesInput(draft) } : {}),
  };
}
