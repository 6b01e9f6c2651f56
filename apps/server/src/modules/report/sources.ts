import type { FilterQuery } from '@mikro-orm/core';
import { can } from '@opcat/domain';
import type { OrganisationProfile } from '@opcat/domain';
import { WorkingGroupMember } from '../../db/entities/identity.ts';
import type { Organisation } from '../../db/entities/identity.ts';
import { Finding, Place, Recommendation, Visit } from '../../db/entities/monitoring.ts';
import type { OperationContext } from '../../operation/context.ts';
import { recordFacts } from '../records/facts.ts';
import { auditConfidentialReads, findReadable, readableAmong } from '../records/load-readable.ts';
import { readableBy } from '../records/read-filter.ts';
import { visitPlaceIds } from '../visit/visit-team.ts';

/** Everything of a visit the downloader reads: the raw material every version is cut from. */
export interface ReportSources {
  visit: Visit;
  places: Place[];
  findings: Finding[];
  recommendations: Recommendation[];
  /** Authorities the report addresses, among what the downloader reads, by name. */
  authorities: Organisation[];
}

/**
 * Loads the visit and its places, findings and recommendations through the read scope (SQL) and
 * the policy (per row); null when the visit is missing or unreadable (one answer for both).
 */
export async function loadReportSources(ctx: OperationContext, visitId: string): Promise<ReportSources | null> {
  const visit = await findReadable(ctx, Visit, visitId, { populate: ['ownerOrganisation'] as never });
  if (!visit) return null;
  const places = await readableAmong(ctx, Place, await visitPlaceIds(ctx.em, visit.id), {
    populate: ['responsibleAuthority'] as never,
    orderBy: { name: 'asc', id: 'asc' } as never,
  });
  const findingWhere = { $and: [{ visit: visit.id }, readableBy(ctx.actor, Finding)] } as FilterQuery<Finding>;
  const findings = (
    await ctx.em.find(Finding, findingWhere, { orderBy: { createdAt: 'asc', id: 'asc' }, populate: ['place'] })
  ).filter((f) => can(ctx.actor, 'record:read', recordFacts(f)));
  await auditConfidentialReads(ctx, findings);
  const linked = await ctx.em.getConnection().execute<{ id: string }[]>(
    `select distinct rf.recommendation_id as id from recommendation_finding rf
       join finding f on f.id = rf.finding_id where f.visit_id = ?`,
    [visit.id],
    'all',
    ctx.em.getTransactionContext(),
  );
  const recommendations = await readableAmong(
    ctx,
    Recommendation,
    linked.map((r) => r.id),
    { populate: ['addressee'] as never, orderBy: { reference: 'asc', id: 'asc' } as never },
  );
  const authorities = new Map<string, Organisation>();
  for (const r of recommendations) {
    if (r.addressee.kind === 'STATE_AUTHORITY') authorities.set(r.addressee.id, r.addressee);
  }
  for (const p of places) authorities.set(p.responsibleAuthority.id, p.responsibleAuthority);
  return {
    visit,
    places,
    findings,
    recommendations,
    authorities: [...authorities.values()].sort((a, b) => a.name.localeCompare(b.name)),
  };
}

/** An organisation as the policy evaluates an audience: its kind, country and working groups. */
export async function organisationProfile(ctx: OperationContext, organisation: Organisation) {
  const groups = await ctx.em.find(WorkingGroupMember, { organisation: organisation.id });
  const profile: OrganisationProfile = {
    id: organisation.id,
    kind: organisation.kind,
    countryCode: organisation.countryCode,
    workingGroupIds: groups.map((g) => g.workingGroup.id),
  };
  return profile;
}
