import { REPORT_VERSIONS, can } from '@opcat/domain';
import type { Actor, MonitoringArea, OrganisationProfile, Priority, ReportVersion } from '@opcat/domain';
import type { Organisation } from '../../db/entities/identity.ts';
import type { OperationContext } from '../../operation/context.ts';
import { notFound } from '../../errors.ts';
import { composeReport, decideReport, reportFacts } from './compose.ts';
import type { LeftOutReason, ReportLanguage, ReportRecordType } from './model.ts';
import { reportBlocks } from './outline.ts';
import { loadReportSources } from './sources.ts';
import { organisationDirectory } from '../records/abilities.ts';

type GraphqlLanguage = Uppercase<ReportLanguage>;

export interface VisitReportPreviewModel {
  id: string;
  visitId: string;
  version: ReportVersion;
  language: GraphqlLanguage;
  audience: Organisation | null;
  includesVisitDetails: boolean;
  sections: string[];
  placeNames: string[];
  findings: {
    id: string;
    title: string;
    monitoringArea: MonitoringArea;
    intervieweeCount: number;
    includesPersonalData: boolean;
  }[];
  recommendations: {
    id: string;
    reference: string;
    title: string;
    addressee: string;
    priority: Priority;
    responseDueOn: string;
  }[];
  leftOut: { recordType: ReportRecordType; reason: LeftOutReason; count: number }[];
  viewerCanDownload: boolean;
  downloadableBy: Organisation[];
  downloadableBySignedOut: boolean;
  pdfUrl: string;
  docxUrl: string;
}

/** An organisation as an actor: how the policy answers "may its members download this?" (roles never widen). */
function organisationActor(profile: OrganisationProfile): Actor {
  return {
    userId: '',
    sessionId: '',
    memberships: [
      { organisationId: profile.id, organisationKind: profile.kind, countryCode: profile.countryCode, role: 'VIEWER' },
    ],
    workingGroups: profile.workingGroupIds.map((workingGroupId) => ({
      workingGroupId,
      organisationId: profile.id,
      role: 'MEMBER' as const,
    })),
  };
}

export function reportUrl(visitId: string, version: ReportVersion, format: 'pdf' | 'docx', query: URLSearchParams) {
  const q = query.toString();
  return `/api/reports/visits/${visitId}/${version.toLowerCase()}.${format}${q ? `?${q}` : ''}`;
}

/** What a version will contain, for a viewer who may download it; NOT_FOUND otherwise. */
export async function previewVisitReport(
  ctx: OperationContext,
  args: { visitId: string; version: ReportVersion; authorityId?: string | null; language?: GraphqlLanguage | null },
): Promise<VisitReportPreviewModel> {
  const language = (args.language ?? 'ES').toLowerCase() as ReportLanguage;
  const decision = await decideReport(ctx, { ...args, language });
  if (!decision) throw notFound();
  const model = await composeReport(ctx, decision, language, 'preview');
  const directory = await organisationDirectory(ctx);
  const { facts } = decision;
  const query = new URLSearchParams({ lang: language });
  if (model.audience) query.set('authority', model.audience.id);
  const areaOf = new Map(model.areas.flatMap((a) => a.findings.map((f) => [f.id, a.area] as const)));
  return {
    id: [model.visitId, model.version, model.audience?.id].filter(Boolean).join(':'),
    visitId: model.visitId,
    version: model.version,
    language: language.toUpperCase() as GraphqlLanguage,
    audience: decision.audienceAuthority,
    includesVisitDetails: model.visit !== null,
    sections: [...reportBlocks(model)]
      .filter((b) => b.kind === 'heading' && b.level === 1)
      .map((b) => (b as { text: string }).text),
    placeNames: model.places.map((p) => p.name),
    findings: model.areas.flatMap((a) =>
      a.findings.map((f) => ({
        id: f.id,
        title: f.title,
        monitoringArea: areaOf.get(f.id) ?? a.area,
        intervieweeCount: f.interviewees.length,
        includesPersonalData: f.interviewees.some((i) => i.personal !== null),
      })),
    ),
    recommendations: model.recommendations.map((r) => ({
      id: r.id,
      reference: r.reference,
      title: r.title,
      addressee: r.addressee,
      priority: r.priority as Priority,
      responseDueOn: r.responseDueOn,
    })),
    leftOut: model.leftOut,
    viewerCanDownload: true,
    downloadableBy: directory
      .filter((entry) => can(organisationActor(entry.profile), 'report:download', facts))
      .map((entry) => entry.organisation),
    downloadableBySignedOut: can(null, 'report:download', facts),
    pdfUrl: reportUrl(model.visitId, model.version, 'pdf', query),
    docxUrl: reportUrl(model.visitId, model.version, 'docx', query),
  };
}

/** The versions of a visit's report the viewer may produce; empty for a visit they cannot read. */
export async function availableReportVersions(ctx: OperationContext, visitId: string) {
  const sources = await loadReportSources(ctx, visitId);
  if (!sources) return [];
  const result: { version: ReportVersion; authorities: Organisation[]; refusedReason: string | null }[] = [];
  for (const version of REPORT_VERSIONS) {
    if (version === 'AUTHORITY') {
      const authorities = sources.authorities.filter((a) =>
        can(ctx.actor, 'report:download', reportFacts(ctx.actor, sources, version, a.id).facts),
      );
      if (authorities.length) result.push({ version, authorities, refusedReason: null });
      continue;
    }
    const { facts } = reportFacts(ctx.actor, sources, version, null);
    if (can(ctx.actor, 'report:download', facts)) result.push({ version, authorities: [], refusedReason: null });
    else if (version === 'PUBLIC' && facts.unauthorisedSptContent) {
      result.push({ version, authorities: [], refusedReason: 'SPT_CONFIDENTIAL_CONTENT' });
    }
  }
  return result;
}
