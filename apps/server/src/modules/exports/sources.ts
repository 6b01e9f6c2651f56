import type { EntityClass } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { authorize } from '@opcat/domain';
import type { Actor } from '@opcat/domain';
import { openIntervieweeField } from '../../crypto/personal-data.ts';
import { AuditEvent } from '../../db/entities/audit.ts';
import { Organisation, User } from '../../db/entities/identity.ts';
import { Finding, Interviewee, Place, Recommendation, Visit } from '../../db/entities/monitoring.ts';
import type { ShareableRecord } from '../../db/entities/shareable.ts';
import { WorkplanAction, WorkplanPriority } from '../../db/entities/workplan.ts';
import type { Workplan } from '../../db/entities/workplan.ts';
import type { OperationContext } from '../../operation/context.ts';
import { notFound } from '../../errors.ts';
import { auditLogWhere } from '../audit/audit-log.ts';
import { findingsQuery } from '../finding/list-findings.ts';
import { findingsWithReadablePersonalData } from '../finding/personal-data.ts';
import { placesQuery } from '../place/list-places.ts';
import { recommendationsQuery } from '../recommendation/list-recommendations.ts';
import { cappedCount, countReadable } from '../records/keyset-page.ts';
import type { ListQuery } from '../records/keyset-page.ts';
import { recordFacts } from '../records/facts.ts';
import { auditConfidentialReads } from '../records/load-readable.ts';
import { rowFacts, streamReadable, streamScopedRows } from '../records/stream-readable.ts';
import type { FactField, ReadableRow } from '../records/stream-readable.ts';
import { listReprisalIncidents } from '../reprisal/read-reprisals.ts';
import { visitsQuery } from '../visit/list-visits.ts';
import { ACTIONS_ORDER, workplanActionsWhere } from '../workplan/list-actions.ts';
import type { Cell } from './cells.ts';
import type { ExportFilter, ExportListName } from './filters.ts';
import { groupBy } from '../../collections.ts';

/** Rows of one batch and, for each row, the organisation that owns it (whose audit log records the export). */
export interface ExportPage {
  rows: Cell[][];
  owners: string[];
  /** The list's capped count, before the first row (for progress), when it was asked for. */
  totalCount?: number;
}

export interface ExportOptions {
  /**
   * Read the list's capped count first (one statement; a page of its own with no rows): for a job's
   * progress and to tell a long export from a short one. A direct download needs none.
   */
  count: boolean;
}

export interface ExportSource {
  columns: readonly string[];
  pages(ctx: OperationContext, options: ExportOptions): AsyncGenerator<ExportPage>;
}

/** A full first batch of a list without a count (none today) would make an export long. */
export const EXPORT_PAGE = 200;

const list = (values: readonly string[]) => values.join('; ');

function withActor(ctx: OperationContext): OperationContext & { actor: Actor } {
  if (!ctx.actor) throw notFound();
  return ctx as OperationContext & { actor: Actor };
}

/** Memory of what earlier batches of one export looked up (names, e-mails), so each is read once. */
function lookups<V>(
  read: (em: EntityManager, ids: string[]) => Promise<[string, V][]>,
): (ctx: OperationContext, ids: Iterable<string | null>) => Promise<Map<string, V>> {
  const known = new Map<string, V>();
  return async (ctx, ids) => {
    const missing = [...new Set(ids)].filter((id): id is string => id !== null && !known.has(id));
    if (missing.length)
      for (const [id, value] of await read(ctx.em.fork() as EntityManager, missing)) known.set(id, value);
    return known;
  };
}

/** Organisation names, one statement per batch for those not met before in this export. */
const organisationNames = () =>
  lookups<string>(async (em, ids) =>
    (await em.find(Organisation, { id: { $in: ids } }, { fields: ['id', 'name'] as never })).map((o) => [o.id, o.name]),
  );

/**
 * Every readable record of a list through ONE cursor over the list's own query (its filter and
 * sort, the read scope in SQL, the policy per row, confidential reads audited: streamReadable),
 * in batches of plain rows of the columns the export prints; the list's capped count first when
 * asked. Linear in the rows: keyset pages of a scoped list re-sort every readable row for each page.
 */
async function* streamed<T extends ShareableRecord<string>, F extends keyof T & string>(
  ctx: OperationContext,
  options: ExportOptions,
  entity: EntityClass<T>,
  query: ListQuery<T> | null,
  fields: readonly F[],
  rows: (batch: ReadableRow<Pick<T, F | FactField>>[]) => Promise<Cell[][]>,
): AsyncGenerator<ExportPage> {
  if (!query) {
    yield { rows: [], owners: [], totalCount: 0 };
    return;
  }
  if (options.count) yield { rows: [], owners: [], ...(await countReadable(ctx, entity, query.where())) };
  for await (const batch of streamReadable(ctx, entity, query.where(), { orderBy: query.orderBy, fields })) {
    yield { rows: await rows(batch), owners: batch.map((r) => r.ownerOrganisation as string) };
  }
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

/** The source of each list: its columns and its rows, each through the list's read-scoped query. */
export function exportSource<L extends ExportListName>(name: L, filter: ExportFilter<L>): ExportSource {
  switch (name) {
    case 'places': {
      const f = filter as ExportFilter<'places'>;
      const names = organisationNames();
      return {
        columns: PLACE_COLUMNS,
        pages: async function* (ctx, options) {
          yield* streamed(
            ctx,
            options,
            Place,
            await placesQuery(ctx, f),
            ['name', 'type', 'status', 'region', 'address', 'capacity', 'responsibleAuthority'],
            async (batch) => {
              const org = await names(
                ctx,
                batch.flatMap((p) => [p.responsibleAuthority, p.ownerOrganisation]),
              );
              return batch.map((p): Cell[] => [
                p.id,
                p.name,
                p.type,
                p.status,
                p.region,
                p.address,
                p.capacity,
                p.countryCode,
                org.get(p.responsibleAuthority) ?? null,
                p.classification,
                org.get(p.ownerOrganisation) ?? null,
              ]);
            },
          );
        },
      };
    }
    case 'visits': {
      const f = filter as ExportFilter<'visits'>;
      const names = organisationNames();
      return {
        columns: VISIT_COLUMNS,
        pages: async function* (ctx, options) {
          yield* streamed(
            ctx,
            options,
            Visit,
            await visitsQuery(ctx, f),
            ['type', 'announced', 'startDate', 'endDate', 'status', 'objectives'],
            async (batch) => {
              const org = await names(
                ctx,
                batch.map((v) => v.ownerOrganisation),
              );
              return batch.map((v): Cell[] => [
                v.id,
                v.type,
                v.announced,
                v.startDate,
                v.endDate,
                v.status,
                v.objectives,
                v.classification,
                org.get(v.ownerOrganisation) ?? null,
              ]);
            },
          );
        },
      };
    }
    case 'findings': {
      const { sort, ...f } = filter as ExportFilter<'findings'>;
      const names = organisationNames();
      return {
        columns: FINDING_COLUMNS,
        pages: async function* (ctx, options) {
          yield* streamed(
            ctx,
            options,
            Finding,
            await findingsQuery(ctx, f, sort),
            [
              'visit',
              'title',
              'monitoringArea',
              'severity',
              'riskFactors',
              'vulnerabilities',
              'goodPractice',
              'description',
            ],
            async (batch) => {
              // The batch's interviewees and visit teams in a fork: dropped with the batch.
              const em = ctx.em.fork() as EntityManager;
              const people = await em.find(
                Interviewee,
                { finding: { $in: batch.map((r) => r.id) } },
                { orderBy: { pseudonym: 'asc', id: 'asc' } },
              );
              const interviewees = groupBy(people, (p) => p.finding.id);
              // The personal-data rule per finding, decided and audited for the whole batch at once.
              const personal = await findingsWithReadablePersonalData(
                { ...ctx, em },
                batch
                  .filter((r) => interviewees.has(r.id))
                  .map((r) => ({ id: r.id, visitId: r.visit, facts: rowFacts(r) })),
              );
              const org = await names(
                ctx,
                batch.map((r) => r.ownerOrganisation),
              );
              return Promise.all(
                batch.map(async (r): Promise<Cell[]> => {
                  const them = interviewees.get(r.id) ?? [];
                  // Sealed at rest (decision 0026): opened only after the policy allowed personal data.
                  const identities = personal.has(r.id)
                    ? await Promise.all(them.map((p) => openIntervieweeField(em, ctx.services.keyRing, p, 'identity')))
                    : null;
                  return [
                    r.id,
                    r.title,
                    r.monitoringArea,
                    r.severity,
                    list(r.riskFactors),
                    list(r.vulnerabilities),
                    r.goodPractice,
                    r.description,
                    list(them.map((p) => p.pseudonym)),
                    identities ? list(identities.filter((identity) => identity !== null)) : null,
                    r.classification,
                    org.get(r.ownerOrganisation) ?? null,
                  ];
                }),
              );
            },
          );
        },
      };
    }
    case 'recommendations': {
      const { sort, ...f } = filter as ExportFilter<'recommendations'>;
      const names = organisationNames();
      return {
        columns: RECOMMENDATION_COLUMNS,
        pages: async function* (ctx, options) {
          yield* streamed(
            ctx,
            options,
            Recommendation,
            await recommendationsQuery(ctx, { filter: f, sort }),
            [
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
            ],
            async (batch) => {
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
          );
        },
      };
    }
    case 'workplan-actions': {
      const f = filter as ExportFilter<'workplan-actions'>;
      const names = organisationNames();
      // Each priority once per export, with its plan (the plan decides who reads the action).
      const priorities = lookups<{ title: string; plan: Workplan }>(async (em, ids) =>
        (await em.find(WorkplanPriority, { id: { $in: ids } }, { populate: ['workplan'] })).map((p) => [
          p.id,
          { title: p.title, plan: p.workplan },
        ]),
      );
      type Row = ReadableRow<
        Pick<
          WorkplanAction,
          | 'id'
          | 'priority'
          | 'title'
          | 'responsibleOrganisation'
          | 'startDate'
          | 'dueDate'
          | 'status'
          | 'indicator'
          | 'target'
          | 'jointCommitment'
        >
      >;
      return {
        columns: ACTION_COLUMNS,
        async *pages(ctx, options) {
          // The actions list's conditions, the plans' read scope in SQL, through one cursor.
          const where = workplanActionsWhere(ctx, f);
          if (!where) {
            yield { rows: [], owners: [], totalCount: 0 };
            return;
          }
          if (options.count) yield { rows: [], owners: [], ...(await cappedCount(ctx.em, WorkplanAction, where)) };
          const rows = streamScopedRows<WorkplanAction, Row>(ctx, WorkplanAction, where, {
            fields: [
              'id',
              'priority',
              'title',
              'responsibleOrganisation',
              'startDate',
              'dueDate',
              'status',
              'indicator',
              'target',
              'jointCommitment',
            ],
            orderBy: ACTIONS_ORDER,
          });
          for await (const batch of rows) {
            const of = await priorities(
              ctx,
              batch.map((a) => a.priority),
            );
            // As the list does per page: each plan of the batch checked by the policy, confidential ones audited.
            const plans = [...new Set(batch.map((a) => of.get(a.priority)!.plan))];
            for (const plan of plans) authorize(ctx.actor, 'record:read', recordFacts(plan));
            await auditConfidentialReads(ctx, plans);
            const org = await names(
              ctx,
              batch.map((a) => a.responsibleOrganisation),
            );
            yield {
              rows: batch.map((a): Cell[] => {
                const priority = of.get(a.priority)!;
                return [
                  a.id,
                  priority.plan.title,
                  priority.title,
                  a.title,
                  org.get(a.responsibleOrganisation) ?? null,
                  a.startDate,
                  a.dueDate,
                  a.status,
                  a.indicator,
                  a.target,
                  a.jointCommitment,
                ];
              }),
              owners: batch.map((a) => of.get(a.priority)!.plan.ownerOrganisation.id),
            };
          }
        },
      };
    }
    case 'reprisals': {
      const names = organisationNames();
      return {
        columns: REPRISAL_COLUMNS,
        async *pages(ctx) {
          // The register is short and read whole, as on screen: only the incidents naming the viewer.
          const incidents = await listReprisalIncidents(withActor(ctx));
          const org = await names(
            ctx,
            incidents.map((i) => i.ownerOrganisation.id),
          );
          const rows = incidents.map((i): Cell[] => [
            i.id,
            i.occurredOn,
            i.form,
            i.personPseudonym,
            i.status,
            i.description,
            i.actionTaken,
            org.get(i.ownerOrganisation.id) ?? null,
          ]);
          yield { rows, owners: incidents.map((i) => i.ownerOrganisation.id), totalCount: incidents.length };
        },
      };
    }
    case 'audit-log': {
      const f = filter as ExportFilter<'audit-log'>;
      const emails = lookups<string>(async (em, ids) =>
        (await em.find(User, { id: { $in: ids } }, { fields: ['id', 'email'] as never })).map((u) => [u.id, u.email]),
      );
      type Row = ReadableRow<
        Pick<
          AuditEvent,
          | 'seq'
          | 'action'
          | 'actorUserId'
          | 'actorOrganisationId'
          | 'subjectOrganisationId'
          | 'subjectType'
          | 'subjectId'
          | 'details'
        >
      > & { at: string };
      return {
        columns: AUDIT_COLUMNS,
        async *pages(ctx, options) {
          // The policy decides who reads the log (audit:read) before anything is read.
          const where = auditLogWhere(withActor(ctx), f);
          if (options.count) yield { rows: [], owners: [], ...(await cappedCount(ctx.em, AuditEvent, where)) };
          const rows = streamScopedRows<AuditEvent, Row>(ctx, AuditEvent, where, {
            fields: [
              'seq',
              'action',
              'actorUserId',
              'actorOrganisationId',
              'subjectOrganisationId',
              'subjectType',
              'subjectId',
              'details',
            ],
            // As Date.toISOString() prints it.
            expressions: { at: `to_char("r"."at" at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')` },
            orderBy: [{ seq: 'desc' }],
          });
          for await (const batch of rows) {
            const email = await emails(
              ctx,
              batch.map((e) => e.actorUserId),
            );
            yield {
              rows: batch.map((e): Cell[] => [
                String(e.seq),
                e.at,
                e.action,
                (e.actorUserId && email.get(e.actorUserId)) ?? null,
                e.actorOrganisationId,
                e.subjectOrganisationId,
                e.subjectType,
                e.subjectId,
                JSON.stringify(e.details),
              ]),
              // The entries are the organisation's own log: the export is recorded there.
              owners: batch.map(() => f.organisationId),
            };
          }
        },
      };
    }
  }
  throw new Error(`unknown export list ${String(name)}`);
}
