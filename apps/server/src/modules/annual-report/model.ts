import type { Acceptance, ImplementationStatus, MonitoringArea } from '@opcat/domain';
import type { ReportLanguage } from '../report/model.ts';
import type { AnnualReportFilter } from './filter.ts';

/** One step of the art. 22 dialogue on a recommendation, in the order it happened. */
export interface DialogueEntry {
  on: string;
  kind: 'RESPONSE' | 'ACCEPTANCE' | 'STATE_REPORTED' | 'MONITOR_ASSESSED';
  /** The organisation that answered (responses); status entries name no one (their authors are people). */
  by: string | null;
  /** An acceptance or implementation status value. */
  value: string;
  text: string;
}

export interface AnnualRecommendation {
  id: string;
  reference: string;
  title: string;
  addressee: string;
  owner: string;
  ownerOrganisationId: string;
  issuedOn: string;
  responseDueOn: string;
  acceptance: Acceptance;
  stateStatus: ImplementationStatus | null;
  monitorStatus: ImplementationStatus | null;
  /** No response from the authority and the due date has passed (on the report's date). */
  overdue: boolean;
  dialogue: DialogueEntry[];
}

/** A status column: every implementation status plus "none recorded". */
export type StatusCounts = Record<ImplementationStatus | 'NONE', number>;

export interface AnnualCounts {
  total: number;
  acceptance: Record<Acceptance, number>;
  /** Implementation as reported by the State and as assessed by the monitor, side by side. */
  state: StatusCounts;
  monitor: StatusCounts;
  /** Both sides recorded a status and they differ. */
  discrepancies: number;
  overdue: number;
}

export interface AnnualAuthorityRow {
  authority: string;
  total: number;
  accepted: number;
  stateImplemented: number;
  monitorImplemented: number;
  overdue: number;
}

/** An annual / thematic report as the viewer may have it: every figure over readable records only. */
export interface AnnualReportModel {
  language: ReportLanguage;
  generatedOn: string;
  filter: AnnualReportFilter;
  /** The names the filter's ids stand for, when the viewer may see them (else null: shown as an id-less "—"). */
  filterNames: { organisation: string | null; authority: string | null; area: MonitoringArea | null };
  counts: AnnualCounts;
  byAuthority: AnnualAuthorityRow[];
  recommendations: AnnualRecommendation[];
}
