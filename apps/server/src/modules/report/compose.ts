import { MONITORING_AREAS, can } from '@opcat/domain';
import { openIntervieweeField } from '../../crypto/personal-data.ts';
import type { Actor, ReportAudience, ReportVersion, VisitReportFacts } from '@opcat/domain';
import { Interviewee, VisitTeamMember } from '../../db/entities/monitoring.ts';
import type { Finding, Place, Recommendation, Visit } from '../../db/entities/monitoring.ts';
import type { Organisation } from '../../db/entities/identity.ts';
import type { OperationContext } from '../../operation/context.ts';
import { renderLiveDocument } from '../co-editing/live-document.ts';
import { documentNameFor } from '../co-editing/documents.ts';
import { auditPersonalDataRead } from '../finding/personal-data.ts';
import { recordFacts } from '../records/facts.ts';
import { visitTeamUserIds } from '../visit/visit-team.ts';
import type { LeftOutReason, ReportFinding, ReportLanguage, ReportRecordType, VisitReportModel } from './model.ts';
import { loadReportSources, organisationProfile } from './sources.ts';
import type { ReportSources } from './sources.ts';

export interface ReportRequest {
  visitId: string;
  version: ReportVersion;
  /** For AUTHORITY: which addressee's copy; by default the viewer's own authority, else the first by name. */
  authorityId?: string | null;
  language: ReportLanguage;
}

/** What the policy decided for one version, before anything is composed. */
export interface ReportDecision {
  sources: ReportSources;
  facts: VisitReportFacts;
  audienceAuthority: Organisation | null;
}

const SPT = 'SPT_CONFIDENTIAL';

/** The policy's facts for a version of this visit, from what the downloader reads. */
export function reportFacts(
  actor: Actor | null,
  sources: ReportSources,
  version: ReportVersion,
  authorityId: string | null | undefined,
): { facts: VisitReportFacts; audienceAuthority: Organisation | null } {
  const { visit, findings, recommendations, authorities } = sources;
  let audienceAuthority: Organisation | null = null;
  if (version === 'AUTHORITY') {
    const own = authorities.find((a) => actor?.memberships.some((m) => m.organisationId === a.id));
    audienceAuthority = authorityId
      ? (authorities.find((a) => a.id === authorityId) ?? null)
      : (own ?? authorities[0] ?? null);
  }
  const facts: VisitReportFacts = {
    version,
    visit: recordFacts(visit),
    authorityIds: authorities.map((a) => a.id),
    audienceAuthorityId: audienceAuthority?.id ?? null,
    unauthorisedSptContent: [visit, ...findings, ...recommendations].some((r) => r.classification === SPT),
  };
  return { facts, audienceAuthority };
}

/** Loads the visit and decides whether the viewer may have this version; null is NOT_FOUND. */
export async function decideReport(ctx: OperationContext, request: ReportRequest): Promise<ReportDecision | null> {
  const sources = await loadReportSources(ctx, request.visitId);
  if (!sources) return null;
  const { facts, audienceAuthority } = reportFacts(ctx.actor, sources, request.version, request.authorityId);
  if (!can(ctx.actor, 'report:download', facts)) return null;
  return { sources, facts, audienceAuthority };
}

async function audienceOf(ctx: OperationContext, decision: ReportDecision): Promise<ReportAudience> {
  const { version } = decision.facts;
  if (version === 'PUBLIC') return { version };
  const organisation = version === 'AUTHORITY' ? decision.audienceAuthority : decision.sources.visit.ownerOrganisation;
  if (!organisation) throw new Error('report: an authority copy without its authority');
  return { version, organisation: await organisationProfile(ctx, organisation) };
}

class LeftOut {
  private counts = new Map<string, number>();
  add(recordType: ReportRecordType, reason: LeftOutReason, n = 1) {
    if (n === 0) return;
    const key = `${recordType}:${reason}`;
    this.counts.set(key, (this.counts.get(key) ?? 0) + n);
  }
  list(): VisitReportModel['leftOut'] {
    return [...this.counts].map(([key, count]) => {
      const [recordType, reason] = key.split(':') as [ReportRecordType, LeftOutReason];
      return { recordType, reason, count };
    });
  }
}

/** Composes the version the policy allowed: every record goes in only if `report:includeRecord` says so. */
export async function composeReport(
  ctx: OperationContext,
  decision: ReportDecision,
  language: ReportLanguage,
  purpose: 'download' | 'preview' = 'download',
): Promise<VisitReportModel> {
  const { sources, facts, audienceAuthority } = decision;
  const { visit } = sources;
  const audience = await audienceOf(ctx, decision);
  const leftOut = new LeftOut();
  const include = (
    recordType: 'VISIT' | 'PLACE' | 'FINDING' | 'RECOMMENDATION',
    record: Visit | Place | Finding | Recommendation,
  ) => {
    const recordFactsOf = recordFacts(record);
    if (can(ctx.actor, 'report:includeRecord', { ...recordFactsOf, audience, recordType })) return true;
    const addressed =
      recordType === 'RECOMMENDATION' &&
      can(ctx.actor, 'report:includeRecord', { ...recordFactsOf, audience, recordType: 'FINDING' });
    leftOut.add(recordType, addressed ? 'NOT_ADDRESSED_TO_AUDIENCE' : 'AUDIENCE_CANNOT_READ');
    return false;
  };

  const visitIncluded = include('VISIT', visit);
  const places = sources.places.filter((p) => include('PLACE', p));
  const findings = sources.findings.filter((f) => include('FINDING', f));
  const recommendations = sources.recommendations.filter((r) => include('RECOMMENDATION', r));

  const team = await visitTeamUserIds(ctx.em, visit.id);
  const interviewees = findings.length
    ? await ctx.em.find(
        Interviewee,
        { finding: { $in: findings.map((f) => f.id) } },
        { orderBy: { pseudonym: 'asc', id: 'asc' } },
      )
    : [];
  const reportFindings: ReportFinding[] = [];
  for (const finding of findings) {
    const personal = can(ctx.actor, 'report:includePersonalData', {
      ...recordFacts(finding),
      audience,
      recordType: 'FINDING',
      visitTeamUserIds: team,
    });
    const people = interviewees.filter((i) => i.finding.id === finding.id);
    // A preview only says that personal data will be printed; the download is the read.
    if (personal && people.length) {
      if (purpose === 'download') await auditPersonalDataRead(ctx, finding);
    } else leftOut.add('INTERVIEWEE', 'PERSONAL_DATA', people.length);
    const includedPlace = places.find((p) => p.id === finding.place.id);
    reportFindings.push({
      id: finding.id,
      title: finding.title,
      placeName: includedPlace?.name ?? null,
      severity: finding.severity,
      goodPractice: finding.goodPractice,
      riskFactors: finding.riskFactors,
      vulnerabilities: finding.vulnerabilities,
      description: finding.description,
      narrative: (await renderLiveDocument(ctx, documentNameFor('finding', finding.id))).text,
      interviewees: await Promise.all(
        people.map(async (i) => ({
          pseudonym: i.pseudonym,
          // Sealed at rest (decision 0026): opened only here, after the policy allowed personal data.
          personal: personal
            ? {
                identity: (await openIntervieweeField(ctx.em, ctx.services.keyRing, i, 'identity')) ?? '',
                contact: await openIntervieweeField(ctx.em, ctx.services.keyRing, i, 'contact'),
                medicalNotes: await openIntervieweeField(ctx.em, ctx.services.keyRing, i, 'medicalNotes'),
                atRisk: i.atRisk,
                welfareCheckDueOn: i.welfareCheckDueOn,
              }
            : null,
        })),
      ),
    });
  }

  let reportVisit: VisitReportModel['visit'] = null;
  if (visitIncluded) {
    // The introduction and conclusions are co-edited texts of the visit: read from the stored document.
    const [members, introduction, conclusions] = await Promise.all([
      ctx.em.find(VisitTeamMember, { visit: visit.id }, { populate: ['user'], orderBy: { leader: 'desc', id: 'asc' } }),
      renderLiveDocument(ctx, documentNameFor('visitIntroduction', visit.id)),
      renderLiveDocument(ctx, documentNameFor('visitConclusions', visit.id)),
    ]);
    reportVisit = {
      type: visit.type,
      announced: visit.announced,
      startDate: visit.startDate,
      endDate: visit.endDate,
      objectives: visit.objectives,
      team: members.map((m) => ({
        name: facts.version === 'CONFIDENTIAL' ? m.user.displayName : null,
        expertise: m.expertise,
        leader: m.leader,
      })),
      introduction: introduction.text,
      conclusions: conclusions.text,
    };
  }

  return {
    visitId: visit.id,
    version: facts.version,
    language,
    generatedOn: new Date().toISOString().slice(0, 10),
    ownerOrganisation: visit.ownerOrganisation.name,
    audience: audienceAuthority ? { id: audienceAuthority.id, name: audienceAuthority.name } : null,
    visit: reportVisit,
    places: places.map((p) => ({ id: p.id, name: p.name, type: p.type, region: p.region })),
    areas: MONITORING_AREAS.map((area) => ({
      area,
      findings: reportFindings.filter((f) => findings.find((x) => x.id === f.id)?.monitoringArea === area),
    })).filter((a) => a.findings.length > 0),
    recommendations: recommendations.map((r) => ({
      id: r.id,
      reference: r.reference,
      title: r.title,
      text: r.text,
      addressee: r.addressee.name,
      priority: r.priority,
      level: r.level,
      responseDueOn: r.responseDueOn,
      targetDate: r.targetDate,
    })),
    leftOut: leftOut.list(),
  };
}
