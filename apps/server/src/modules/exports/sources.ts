import type { Actor } from '@opcat/domain';
import { openIntervieweeField } from '../../crypto/personal-data.ts';
import { Organisation, User } from '../../db/entities/identity.ts';
import { Interviewee } from '../../db/entities/monitoring.ts';
import type { Finding } from '../../db/entities/monitoring.ts';
import type { OperationContext } from '../../operation/context.ts';
import { auditLog } from '../audit/audit-log.ts';
import { listFindings } from '../finding/list-findings.ts';
import { findingsWithReadablePersonalData } from '../finding/personal-data.ts';
import { loadReference } from '../load-reference.ts';
import { listPlaces } from '../place/list-places.ts';
import { recommendationsQuery } from '../recommendation/list-recommendations.ts';
import { Recommendation } from '../../db/entities/monitoring.ts';
import { listReprisalIncidents } from '../reprisal/read-reprisals.ts';
import { listVisits } from '../visit/list-visits.ts';
import { listWorkplanActions } from '../workplan/list-actions.ts';
import { notFound } from '../../errors.ts';
import { countReadable } from '../records/keyset-page.ts';
import type { ListQuery } from '../records/keyset-page.ts';
import { streamReadable } from '../records/stream-readable.ts';
import type { ReadableRow } from '../records/stream-readable.ts';
import type { ShareableRecord } from '../../db/entities/shareable.ts';
import type { EntityClass } from '@mikro-orm/core';
import type { Cell } from './cells.ts';
import type { ExportFilter, ExportListName } from './filters.ts';

/** Rows of one page and, for each row, the organisation that owns it (whose audit log records the export). */
export interface ExportPage {
  rows: Cell[][];
  owners: string[];
  /** The list's capped count, from its first page (for progress). */
  totalCount?: number;
}

/** A fresh operation context per page: its identity map and loaders are dropped with it (flat memory). */
export type PageContext = () => Promise<OperationContext>;

export interface ExportSource {
  columns: readonly string[];
  pages(next: PageContext): AsyncGenerator<ExportPage>;
}

/** Rows per page: the largest page every list serves. */
export const EXPORT_PAGE = 200;

function orgName(ctx: OperationContext, org: Organisation): Promise<string> {
  return loadReference(ctx, Organisation, org).then((o) => o.name);
}

const list = (values: readonly string[]) => values.join('; ');

function withActor(ctx: OperationContext): OperationContext & { actor: Actor } {
  if (!ctx.actor) throw notFound();
  return ctx as OperationContext & { actor: Actor };
}

/**
 * Keyset pages of a root list, through the list's own read-scoped query: the same filter, the
 * same scope in SQL, the same per-row policy check and confidential-read audit as on screen.
 */
async function* keyset<T extends { ownerOrganisation: Organisation }>(
  next: PageContext,
  page: (
    ctx: OperationContext,
    after: string | null,
    /** The first page counts (for progress); the following ones pass `count: false`. */
    count: boolean,
  ) => Promise<{
    nodes: T[];
    totalCount: number;
    pageInfo: { endCursor: string | null; hasNextPage: boolean };
  }>,
  /** The page's cells: per-page work (relations, personal-data decisions) is done once for the page. */
  rows: (ctx: OperationContext, nodes: T[]) => Promise<Cell[][]>,
): AsyncGenerator<ExportPage> {
  let after: string | null = null;
  let first = true;
  for (;;) {
    const ctx = await next();
    const result = await page(ctx, after, first);
    yield {
      rows: await rows(ctx, result.nodes),
      owners: result.nodes.map((n) => n.ownerOrganisation.id),
      ...(first ? { totalCount: result.totalCount } : {}),
    };
    first = false;
    if (!result.pageInfo.hasNextPage || !result.pageInfo.endCursor) return;
    after = result.pageInfo.endCursor;
  }
}

/**
 * Every readable record of a list through ONE cursor over the list's own query (its filter and
 * sort, the read scope in SQL, the policy per row, confidential reads audited: streamReadable),
 * in batches of plain rows; the list's capped count once, before the first batch (for progress).
 * Linear in the rows: keyset pages of a scoped list re-sort every readable row for each page.
 */
async function* streamed<T extends ShareableRecord<string>>(
  next: PageContext,
  entity: EntityClass<T>,
  query: (ctx: OperationContext) => Promise<ListQuery<T> | null>,
  rows: (ctx: OperationContext, batch: ReadableRow<T>[]) => Promise<Cell[][]>,
): AsyncGenerator<ExportPage> {
  const ctx = await next();
  const list = await query(ctx);
  if (!list) {
    yield { rows: [], owners: [], totalCount: 0 };
    return;
  }
  const { totalCount } = await countReadable(ctx, entity, list.where());
  let first = true;
  for await (const batch of streamReadable(ctx, entity, list.where(), { orderBy: list.orderBy })) {
    yield {
      rows: await rows(ctx, batch),
      owners: batch.map((r) => r.ownerOrganisation as string),
      ...(first ? { totalCount } : {}),
    };
    first = false;
  }
  if (first) yield { rows: [], owners: [], totalCount };
}

/** Names of the organisations a batch names, one statement for those not met before in this export. */
function organisationNames(): (ctx: OperationContext, ids: Iterable<string>) => Promise<Map<string, string>> {
  const names = new Map<string, string>();
  return async (ctx, ids) => {
    const missing = [...new Set(ids)].filter((id) => !names.has(id));
    if (missing.length) {
      for (const o of await ctx.em.find(Organisation, { id: { $in: missing } }, { fields: ['id', 'name'] as never }))
        names.set(o.id, o.name);
    }
    return names;
  };
}

const PLACE_COLUMNS = [
  'id',
  'name',
  'type',
  'status',
  'region',
  'address',
  'capacity',
  'countryCode',
  'responsibleAuthority',
  'classification',
  'ownerOrganisation',
] as const;

const VISIT_COLUMNS = [
  'id',
  'type',
  'announced',
  'startDate',
  'endDate',
  'status',
  'objectives',
  'classification',
  'ownerOrganisation',
] as const;

/** `intervieweeIdentities` is personal data: filled only where the policy lets the viewer read it. */
const FINDING_COLUMNS = [
  'id',
  'title',
  'monitoringArea',
  'severity',
  'riskFactors',
  'vulnerabilities',
  'goodPractice',
  'description',
  'intervieweePseudonyms',
  'intervieweeIdentities',
  'classification',
  'ownerOrganisation',
] as const;

/** Both statuses: as reported by the State (`stateStatus`) and as assessed by the monitor (`monitorStatus`). */
export const RECOMMENDATION_COLUMNS = [
  'id',
  'reference',
  'title',
  'text',
  'source',
  'addressee',
  'theme',
  'level',
  'priority',
  'issuedOn',
  'targetDate',
  'responseDueOn',
  'acceptance',
  'stateStatus',
  'monitorStatus',
  'classification',
  'ownerOrganisation',
] as const;

const ACTION_COLUMNS = [
  'id',
  'workplan',
  'priority',
  'title',
  'responsibleOrganisation',
  'startDate',
  'dueDate',
  'status',
  'indicator',
  'target',
  'jointCommitment',
] as const;

const REPRISAL_COLUMNS = [
  'id',
  'occurredOn',
  'form',
  'personPseudonym',
  'status',
  'description',
  'actionTaken',
  'ownerOrganisation',
] as const;

const AUDIT_COLUMNS = [
  'seq',
  'at',
  'action',
  'actor',
  'actorOrganisationId',
  'subjectOrganisationId',
  'subjectType',
  'subjectId',
  'details',
] as const;

/** Interviewees of a page's findings in one statement, grouped by finding. */
async function intervieweesOf(ctx: OperationContext, findings: Finding[]): Promise<Map<string, Interviewee[]>> {
  const byFinding = new Map<string, Interviewee[]>();
  if (findings.length === 0) return byFinding;
  const rows = await ctx.em.find(
    Interviewee,
    { finding: { $in: findings.map((f) => f.id) } },
    { orderBy: { pseudonym: 'asc', id: 'asc' } },
  );
  for (const row of rows) byFinding.set(row.finding.id, [...(byFinding.get(row.finding.id) ?? []), row]);
  return byFinding;
}

/** The source of each list: its columns and its pages, each through the list's read-scoped query. */
export function exportSource<L extends ExportListName>(name: L, filter: ExportFilter<L>): ExportSource {
  switch (name) {
    case 'places': {
      const f = filter as ExportFilter<'places'>;
      return {
        columns: PLACE_COLUMNS,
        pages: (next) =>
          keyset(
            next,
            (ctx, after, count) => listPlaces(ctx, f, EXPORT_PAGE, after, { count }),
            (ctx, nodes) =>
              Promise.all(
                nodes.map(async (p): Promise<Cell[]> => [
                  p.id,
                  p.name,
                  p.type,
                  p.status,
                  p.region,
                  p.address,
                  p.capacity,
                  p.countryCode,
                  await orgName(ctx, p.responsibleAuthority),
                  p.classification,
                  await orgName(ctx, p.ownerOrganisation),
                ]),
              ),
          ),
      };
    }
    case 'visits': {
      const f = filter as ExportFilter<'visits'>;
      return {
        columns: VISIT_COLUMNS,
        pages: (next) =>
          keyset(
            next,
            (ctx, after, count) => listVisits(ctx, f, EXPORT_PAGE, after, { count }),
            (ctx, nodes) =>
              Promise.all(
                nodes.map(async (v): Promise<Cell[]> => [
                  v.id,
                  v.type,
                  v.announced,
                  v.startDate,
                  v.endDate,
                  v.status,
                  v.objectives,
                  v.classification,
                  await orgName(ctx, v.ownerOrganisation),
                ]),
              ),
          ),
      };
    }
    case 'findings': {
      const { sort, ...f } = filter as ExportFilter<'findings'>;
      return {
        columns: FINDING_COLUMNS,
        pages: (next) =>
          keyset(
            next,
            (ctx, after, count) => listFindings(ctx, f, sort, EXPORT_PAGE, after, { count }),
            async (ctx, page) => {
              const interviewees = await intervieweesOf(ctx, page);
              // The personal-data rule per finding, decided and audited for the whole page at once.
              const personal = await findingsWithReadablePersonalData(
                ctx,
                page.filter((finding) => interviewees.has(finding.id)),
              );
              return Promise.all(
                page.map(async (finding): Promise<Cell[]> => {
                  const people = interviewees.get(finding.id) ?? [];
                  // Sealed at rest (decision 0026): opened only after the policy allowed personal data.
                  const identities = personal.has(finding.id)
                    ? await Promise.all(
                        people.map((p) => openIntervieweeField(ctx.em, ctx.services.keyRing, p, 'identity')),
                      )
                    : null;
                  return [
                    finding.id,
                    finding.title,
                    finding.monitoringArea,
                    finding.severity,
                    list(finding.riskFactors),
                    list(finding.vulnerabilities),
                    finding.goodPractice,
                    finding.description,
                    list(people.map((p) => p.pseudonym)),
                    identities ? list(identities.filter((identity) => identity !== null)) : null,
                    finding.classification,
                    await orgName(ctx, finding.ownerOrganisation),
                  ];
                }),
              );
            },
          ),
      };
    }
    case 'recommendations': {
      const { sort, ...f } = filter as ExportFilter<'recommendations'>;
      const names = organisationNames();
      return {
        columns: RECOMMENDATION_COLUMNS,
        pages: (next) =>
          streamed(
            next,
            Recommendation,
            (ctx) => recommendationsQuery(ctx, { filter: f, sort }),
            async (ctx, batch) => {
              const org = await names(
                ctx,
                batch.flatMap((r) => [r.addressee, r.ownerOrganisation]),
              );
              return batch.map((r): Cell[] => [
                r.id,
                r.reference,
                r.title,
                r.text,
                r.source,
                org.get(r.addressee) ?? null,
                r.theme,
                r.level,
                r.priority,
                r.issuedOn,
                r.targetDate,
                r.responseDueOn,
                r.acceptance,
                r.stateStatus,
                r.monitorStatus,
                r.classification,
                org.get(r.ownerOrganisation) ?? null,
              ]);
            },
          ),
      };
    }
    case 'workplan-actions': {
      const f = filter as ExportFilter<'workplan-actions'>;
      return {
        columns: ACTION_COLUMNS,
        async *pages(next) {
          // The actions list pages by keyset (as on screen); each page is read through its plans' scope.
          for (let after: string | null = null; ;) {
            const ctx = await next();
            const page = await listWorkplanActions(ctx, { filter: f, limit: EXPORT_PAGE, after }, { count: false });
            const actions = page.nodes;
            const rows = await Promise.all(
              actions.map(async (a): Promise<Cell[]> => [
                a.id,
                a.priority.workplan.title,
                a.priority.title,
                a.title,
                await orgName(ctx, a.responsibleOrganisation),
                a.startDate,
                a.dueDate,
                a.status,
                a.indicator,
                a.target,
                a.jointCommitment,
              ]),
            );
            yield { rows, owners: actions.map((a) => a.priority.workplan.ownerOrganisation.id) };
            if (!page.pageInfo.hasNextPage || !page.pageInfo.endCursor) return;
            after = page.pageInfo.endCursor;
          }
        },
      };
    }
    case 'reprisals':
      return {
        columns: REPRISAL_COLUMNS,
        async *pages(next) {
          // The register is short and read whole, as on screen: only the incidents naming the viewer.
          const ctx = withActor(await next());
          const incidents = await listReprisalIncidents(ctx);
          const rows = await Promise.all(
            incidents.map(async (i): Promise<Cell[]> => [
              i.id,
              i.occurredOn,
              i.form,
              i.personPseudonym,
              i.status,
              i.description,
              i.actionTaken,
              await orgName(ctx, i.ownerOrganisation),
            ]),
          );
          yield { rows, owners: incidents.map((i) => i.ownerOrganisation.id), totalCount: incidents.length };
        },
      };
    case 'audit-log': {
      const f = filter as ExportFilter<'audit-log'>;
      return {
        columns: AUDIT_COLUMNS,
        async *pages(next) {
          let after: string | null = null;
          let first = true;
          for (;;) {
            const ctx = withActor(await next());
            const page = await auditLog(ctx, { ...f, limit: EXPORT_PAGE, after });
            const rows = await Promise.all(
              page.nodes.map(async (e): Promise<Cell[]> => {
                const actor = e.actorUserId ? await ctx.em.findOne(User, e.actorUserId) : null;
                return [
                  String(e.seq),
                  e.at.toISOString(),
                  e.action,
                  actor?.email ?? null,
                  e.actorOrganisationId,
                  e.subjectOrganisationId,
                  e.subjectType,
                  e.subjectId,
                  JSON.stringify(e.details),
                ];
              }),
            );
            // The entries are the organisation's own log: the export is recorded there.
            yield {
              rows,
              owners: page.nodes.map(() => f.organisationId),
              ...(first ? { totalCount: page.totalCount } : {}),
            };
            first = false;
            if (!page.pageInfo.hasNextPage || !page.pageInfo.endCursor) return;
            after = page.pageInfo.endCursor;
          }
        },
      };
    }
  }
  throw new Error(`unknown export list ${String(name)}`);
}
