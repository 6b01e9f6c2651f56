import type { Writable } from 'node:stream';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { OperationContext } from '../../operation/context.ts';
import { badRequest, notFound, unauthenticated } from '../../errors.ts';
import { appendAuditEntries } from '../audit/append-audit.ts';
import type { AuditInput } from '../audit/append-audit.ts';
import { EXPORT_FILTERS, EXPORT_FORMATS, isExportList } from './filters.ts';
import type { ExportFilter, ExportFormat, ExportListName } from './filters.ts';
import { exportSource } from './sources.ts';
import { rowWriter } from './writers.ts';

/** What to export: a list, a format and the filters on screen (already validated). */
export interface ExportRequest {
  list: ExportListName;
  format: ExportFormat;
  filter: ExportFilter<ExportListName>;
}

/** An unknown list is NOT_FOUND (like an unknown route); a malformed filter is one clear BAD_REQUEST. */
export function parseExportRequest(list: string, format: string, filter: unknown): ExportRequest {
  if (!isExportList(list) || !(EXPORT_FORMATS as readonly string[]).includes(format)) throw notFound();
  const parsed = EXPORT_FILTERS[list].safeParse(filter ?? {});
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw badRequest(
      `Invalid filter${issue?.path.length ? ` (${issue.path.join('.')})` : ''}: ${issue?.message ?? ''}`,
    );
  }
  return { list, format: format as ExportFormat, filter: parsed.data as ExportFilter<ExportListName> };
}

/** The file's name: the list and the day, nothing taken from the request. */
export function exportFileName(request: Pick<ExportRequest, 'list' | 'format'>, at = new Date()): string {
  return `opcat-${request.list}-${at.toISOString().slice(0, 10)}.${request.format}`;
}

export interface ExportResult {
  rowCount: number;
}

/**
 * Streams a list to `out` as the viewer may read it, batch by batch through the list's own
 * read-scoped query (one cursor, plain rows: memory holds one batch), then records the export in
 * the audit log: one entry per organisation owning exported rows (who, which list, which filters,
 * how many rows), in that organisation's log. With `onPage` (a job's progress) the list's capped
 * count is read first and reported after each batch.
 */
export async function writeExport(
  ctx: OperationContext,
  request: ExportRequest,
  out: Writable,
  onPage?: (rowsSoFar: number, totalCount: number | undefined) => Promise<void>,
): Promise<ExportResult> {
  if (!ctx.actor) throw unauthenticated();
  const source = exportSource(request.list, request.filter);
  // The first batch (or the count) is read before a byte is written: a filter the viewer may not
  // use fails cleanly.
  const pages = source.pages(ctx, { count: onPage !== undefined });
  try {
    const first = await pages.next();
    const writer = rowWriter(request.format, out, request.list);
    await writer.write([source.columns as string[]]);
    const perOwner = new Map<string, number>();
    let rowCount = 0;
    let totalCount: number | undefined;
    for (let page = first; !page.done; page = await pages.next()) {
      totalCount ??= page.value.totalCount;
      const { rows, owners } = page.value;
      if (rows.length === 0) continue;
      await writer.write(rows);
      let owner = owners[0] as string;
      let run = 0;
      // Counted per run of one owner (rows mostly come in long runs of the same owner).
      for (const next of owners) {
        if (next === owner) run++;
        else {
          perOwner.set(owner, (perOwner.get(owner) ?? 0) + run);
          owner = next;
          run = 1;
        }
      }
      perOwner.set(owner, (perOwner.get(owner) ?? 0) + run);
      rowCount += rows.length;
      await onPage?.(rowCount, totalCount);
    }
    await writer.end();
    await auditExport(ctx, request, perOwner);
    return { rowCount };
  } finally {
    // A source reading through a cursor holds a transaction until it is finished or returned.
    await pages.return(undefined);
  }
}

async function auditExport(
  ctx: OperationContext,
  request: ExportRequest,
  perOwner: ReadonlyMap<string, number>,
): Promise<void> {
  const base = { list: request.list, format: request.format, filter: request.filter, transport: ctx.transport };
  const entries: AuditInput[] =
    perOwner.size === 0
      ? [{ action: 'record.exported', actor: ctx.actor, subjectType: 'LIST', details: { ...base, rows: 0 } }]
      : [...perOwner.entries()].map(([owner, rows]) => ({
          action: 'record.exported',
          actor: ctx.actor,
          subjectType: 'LIST',
          subjectOrganisationId: owner,
          // Each organisation's log counts its own rows only: other owners' counts are not its to know.
          details: { ...base, rows },
        }));
  await appendAuditEntries(ctx.services.orm.em.fork() as EntityManager, ctx.services.env.AUDIT_KEY, entries);
}
