import type { FilterQuery } from '@mikro-orm/core';
import { authorize } from '@opcat/domain';
import { Finding, Recommendation } from '../../db/entities/monitoring.ts';
import type { OperationContext } from '../../operation/context.ts';
import { isId } from '../ids.ts';
import { recordFacts } from '../records/facts.ts';
import { findReadable, listReadable } from '../records/load-readable.ts';

/**
 * What the public portal and its open data show. The context is always anonymous (see
 * http/portal/portal-routes.ts): rows come through the read scope of a signed-out actor in SQL,
 * and each is checked again with `portal:read`. A record that is not public answers like a missing one.
 */

export interface PublicStatusEntry {
  kind: 'ACCEPTANCE' | 'STATE_REPORTED' | 'MONITOR_ASSESSED';
  value: string;
  effectiveOn: string;
  note: string;
}

export interface PublicResponse {
  respondedOn: string;
  acceptance: string;
  text: string;
  proposedTimeline: string;
}

export interface PublicRecommendation {
  id: string;
  reference: string;
  title: string;
  text: string;
  source: string;
  theme: string;
  level: string;
  priority: string;
  countryCode: string | null;
  issuedBy: string;
  addressee: string;
  issuedOn: string;
  targetDate: string | null;
  /** The State's position. */
  acceptance: string;
  /** Implementation as reported by the State. */
  stateStatus: string | null;
  /** Implementation as assessed by the monitor. */
  monitorStatus: string | null;
  /** For SPT material: the day the State authorised its publication (art. 16(2) OPCAT). */
  publicationAuthorisedOn: string | null;
  history: PublicStatusEntry[];
  responses: PublicResponse[];
}

export interface PublicPractice {
  id: string;
  title: string;
  description: string;
  monitoringArea: string;
  riskFactors: string[];
  vulnerabilities: string[];
  countryCode: string | null;
  publishedBy: string;
  observedOn: string;
}

const day = (d: Date) => d.toISOString().slice(0, 10);
const PAGE_MAX = 200;

function toPublicRecommendation(r: Recommendation): PublicRecommendation {
  return {
    id: r.id,
    reference: r.reference,
    title: r.title,
    text: r.text,
    source: r.source,
    theme: r.theme,
    level: r.level,
    priority: r.priority,
    countryCode: r.countryCode,
    issuedBy: r.ownerOrganisation.name,
    addressee: r.addressee.name,
    issuedOn: r.issuedOn,
    targetDate: r.targetDate,
    acceptance: r.acceptance,
    stateStatus: r.stateStatus,
    monitorStatus: r.monitorStatus,
    publicationAuthorisedOn: r.source === 'SPT_REPORT' && r.publishedAt ? day(r.publishedAt) : null,
    history: r.history
      .getItems()
      .map((h) => ({ kind: h.kind, value: h.value, effectiveOn: h.effectiveOn, note: h.note }))
      .sort((a, b) => a.effectiveOn.localeCompare(b.effectiveOn)),
    responses: r.responses
      .getItems()
      .map((x) => ({
        respondedOn: x.respondedOn,
        acceptance: x.acceptance,
        text: x.text,
        proposedTimeline: x.proposedTimeline,
      }))
      .sort((a, b) => a.respondedOn.localeCompare(b.respondedOn)),
  };
}

function toPublicPractice(f: Finding): PublicPractice {
  return {
    id: f.id,
    title: f.title,
    description: f.description,
    monitoringArea: f.monitoringArea,
    riskFactors: [...f.riskFactors],
    vulnerabilities: [...f.vulnerabilities],
    countryCode: f.countryCode,
    publishedBy: f.ownerOrganisation.name,
    observedOn: day(f.createdAt),
  };
}

const RECOMMENDATION_POPULATE = ['ownerOrganisation', 'addressee', 'history', 'responses'] as const;
const PRACTICE_WHERE: FilterQuery<Finding> = { classification: 'PUBLIC', goodPractice: true };

export async function listPublicRecommendations(
  ctx: OperationContext,
  paging: { limit: number; offset: number },
): Promise<{ nodes: PublicRecommendation[]; totalCount: number }> {
  const { nodes, totalCount } = await listReadable(
    ctx,
    Recommendation,
    { classification: 'PUBLIC' },
    {
      limit: Math.min(paging.limit, PAGE_MAX),
      offset: paging.offset,
      populate: RECOMMENDATION_POPULATE as never,
      orderBy: { issuedOn: 'desc', reference: 'asc', id: 'asc' } as never,
    },
  );
  for (const node of nodes) authorize(ctx.actor, 'portal:read', recordFacts(node));
  return { nodes: nodes.map(toPublicRecommendation), totalCount };
}

export async function findPublicRecommendation(
  ctx: OperationContext,
  id: string,
): Promise<PublicRecommendation | null> {
  if (!isId(id)) return null;
  const record = await findReadable(ctx, Recommendation, id, { populate: RECOMMENDATION_POPULATE as never });
  if (!record || record.classification !== 'PUBLIC') return null;
  authorize(ctx.actor, 'portal:read', recordFacts(record));
  return toPublicRecommendation(record);
}

export async function listPublicPractices(
  ctx: OperationContext,
  paging: { limit: number; offset: number },
): Promise<{ nodes: PublicPractice[]; totalCount: number }> {
  const { nodes, totalCount } = await listReadable(ctx, Finding, PRACTICE_WHERE, {
    limit: Math.min(paging.limit, PAGE_MAX),
    offset: paging.offset,
    populate: ['ownerOrganisation'] as never,
    orderBy: { createdAt: 'desc', id: 'asc' } as never,
  });
  for (const node of nodes) authorize(ctx.actor, 'portal:read', recordFacts(node));
  return { nodes: nodes.map(toPublicPractice), totalCount };
}

export async function findPublicPractice(ctx: OperationContext, id: string): Promise<PublicPractice | null> {
  if (!isId(id)) return null;
  const record = await findReadable(ctx, Finding, id, { populate: ['ownerOrganisation'] as never });
  if (!record || record.classification !== 'PUBLIC' || !record.goodPractice) return null;
  authorize(ctx.actor, 'portal:read', recordFacts(record));
  return toPublicPractice(record);
}

/** Every public row, page by page (open-data downloads). */
export async function allPublic<T>(
  list: (ctx: OperationContext, paging: { limit: number; offset: number }) => Promise<{ nodes: T[] }>,
  ctx: OperationContext,
): Promise<T[]> {
  const all: T[] = [];
  for (let offset = 0; ; offset += PAGE_MAX) {
    const { nodes } = await list(ctx, { limit: PAGE_MAX, offset });
    all.push(...nodes);
    if (nodes.length < PAGE_MAX) return all;
  }
}
