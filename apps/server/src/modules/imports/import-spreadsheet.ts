import type { EntityManager } from '@mikro-orm/postgresql';
import type { Actor, Classification } from '@opcat/domain';
import { ImportUpload } from '../../db/entities/export-job.ts';
import { Organisation, User } from '../../db/entities/identity.ts';
import { Place, Recommendation, RecommendationStatusEntry } from '../../db/entities/monitoring.ts';
import type { OperationContext } from '../../operation/context.ts';
import type { UserError } from '../../__generated__/resolvers-types.ts';
import { notFound } from '../../errors.ts';
import { isId } from '../ids.ts';
import { newRecordOwnership } from '../records/new-record.ts';
import { addDays } from '../recommendation/dates.ts';
import { responseDueDays } from '../recommendation/issue-recommendation.ts';
import { userError } from '../user-errors.ts';
import { IMPORT_FIELDS } from './fields.ts';
import type { ImportKindName } from './fields.ts';
import { IMPORT_MAX_ROWS, readSheet } from './read-sheet.ts';
import type { Sheet } from './read-sheet.ts';
import { authorityIndex, parseRows } from './validate-rows.ts';
import type { ParsedRow, RowError, Value } from './validate-rows.ts';

/** Rows shown in the preview. */
const PREVIEW_ROWS = 20;

export interface ImportInput {
  uploadId: string;
  kind: ImportKindName;
  /** Field → column header; a field not named maps to the header with its own name. */
  mapping: readonly { field: string; column: string }[];
  /** false: a dry run (everything checked, nothing kept). */
  commit: boolean;
}

export interface ImportOutcome {
  columns: string[];
  fields: string[];
  mapping: { field: string; column: string | null }[];
  rowCount: number;
  preview: { row: number; values: (string | null)[] }[];
  rowErrors: RowError[];
  createdCount: number;
  committed: boolean;
  userErrors: UserError[];
}

/** Thrown inside the transaction to undo it: a dry run, or any row in error (all or nothing). */
class RollBack extends Error {
  constructor(readonly outcome: ImportOutcome) {
    super('import rolled back');
  }
}

const text = (v: Value | undefined): string | null =>
  v === null || v === undefined ? null : typeof v === 'object' ? v.name : String(v);
const str = (v: Value | undefined): string | null => (typeof v === 'string' ? v : null);

/**
 * Imports a spreadsheet of recommendations or places: maps the columns, checks every row (one clear
 * error per bad cell), then creates every row in ONE transaction under the same `record:create`
 * rules as creating one by hand (newRecordOwnership per row). A dry run, or any error, keeps nothing.
 */
export async function importSpreadsheet(
  ctx: OperationContext & { actor: Actor },
  input: ImportInput,
): Promise<ImportOutcome> {
  const fields = IMPORT_FIELDS[input.kind];
  const empty: ImportOutcome = {
    columns: [],
    fields: fields.map((f) => f.field),
    mapping: [],
    rowCount: 0,
    preview: [],
    rowErrors: [],
    createdCount: 0,
    committed: false,
    userErrors: [],
  };
  if (!isId(input.uploadId)) throw notFound();
  const upload = await ctx.em.findOne(
    ImportUpload,
    { id: input.uploadId, uploadedBy: ctx.actor.userId },
    { populate: ['content'] as never },
  );
  if (!upload) throw notFound();
  let sheet: Sheet;
  try {
    sheet = await readSheet(upload.content);
  } catch {
    return {
      ...empty,
      userErrors: [userError(['input', 'uploadId'], 'INVALID', 'The file is not a readable CSV or XLSX spreadsheet.')],
    };
  }
  const base = { ...empty, columns: sheet.columns, rowCount: sheet.rows.length };
  if (sheet.rows.length > IMPORT_MAX_ROWS) {
    return {
      ...base,
      userErrors: [userError(['input', 'uploadId'], 'INVALID', `At most ${IMPORT_MAX_ROWS} rows per file.`)],
    };
  }

  // The mapping: named columns first, else the column with the field's own name.
  const userErrors: UserError[] = [];
  const columnOf = new Map<string, number>();
  for (const field of fields) {
    const named = input.mapping.find((m) => m.field === field.field)?.column;
    const index = sheet.columns.indexOf(named ?? field.field);
    if (named && index < 0)
      userErrors.push(userError(['input', 'mapping', field.field], 'INVALID', `No column "${named}" in the file.`));
    else if (index >= 0) columnOf.set(field.field, index);
    else if (field.required)
      userErrors.push(
        userError(['input', 'mapping', field.field], 'INVALID', `Choose the column holding ${field.field}.`),
      );
  }
  for (const m of input.mapping)
    if (!fields.some((f) => f.field === m.field))
      userErrors.push(userError(['input', 'mapping', m.field], 'INVALID', `Unknown field ${m.field}.`));
  const mapping = fields.map((f) => {
    const index = columnOf.get(f.field);
    return { field: f.field, column: index === undefined ? null : (sheet.columns[index] ?? null) };
  });
  if (userErrors.length) return { ...base, mapping, userErrors };

  const authorities = authorityIndex(await ctx.em.find(Organisation, { kind: 'STATE_AUTHORITY' }));
  const { rows, errors } = parseRows(sheet, fields, columnOf, authorities);
  const preview = rows
    .slice(0, PREVIEW_ROWS)
    .map((r) => ({ row: r.row, values: fields.map((f) => text(r.values[f.field])) }));
  const outcome = (rowErrors: RowError[], createdCount: number, committed: boolean): ImportOutcome => ({
    ...base,
    mapping,
    preview,
    rowErrors: rowErrors.sort((a, b) => a.row - b.row),
    createdCount,
    committed,
  });

  try {
    return await ctx.em.transactional(async (tx) => {
      const rowErrors = [...errors];
      const create = input.kind === 'recommendations' ? createRecommendations : createPlaces;
      const created = await create(tx as EntityManager, ctx, rows, rowErrors);
      // Constraints are checked with every row in place: a database refusal is nobody's row, so it throws.
      await tx.flush();
      if (!input.commit || rowErrors.length)
        throw new RollBack(outcome(rowErrors, rowErrors.length ? 0 : created, false));
      return outcome([], created, true);
    });
  } catch (error) {
    if (error instanceof RollBack) return error.outcome;
    throw error;
  }
}

async function ownership(
  tx: EntityManager,
  ctx: OperationContext & { actor: Actor },
  recordType: 'RECOMMENDATION' | 'PLACE',
  row: ParsedRow,
  countryCode: string | null,
  errors: RowError[],
) {
  const owned = await newRecordOwnership(tx, ctx, {
    recordType,
    classification: (str(row.values.classification) as Classification | null) ?? 'ORGANISATION',
    countryCode,
  });
  if (!Array.isArray(owned)) return owned;
  for (const e of owned)
    errors.push({ row: row.row, field: 'classification', column: null, code: e.code, message: e.message });
  return null;
}

async function createRecommendations(
  tx: EntityManager,
  ctx: OperationContext & { actor: Actor },
  rows: readonly ParsedRow[],
  errors: RowError[],
): Promise<number> {
  const owner = ctx.actingOrganisation?.organisationId;
  if (!owner) throw notFound();
  const references = rows.map((r) => str(r.values.reference)).filter((r): r is string => r !== null);
  const taken = new Set(
    (
      await tx.find(
        Recommendation,
        { ownerOrganisation: owner, reference: { $in: references } },
        { fields: ['reference'] },
      )
    ).map((r) => r.reference),
  );
  const seen = new Map<string, number>();
  const recordedBy = tx.getReference(User, ctx.actor.userId);
  let created = 0;
  for (const row of rows) {
    const v = row.values;
    const fail = (field: string, message: string) =>
      errors.push({ row: row.row, field, column: null, code: 'INVALID', message });
    const reference = str(v.reference);
    if (reference && taken.has(reference))
      fail('reference', `Reference ${reference} is already used by your organisation.`);
    if (reference && seen.has(reference))
      fail('reference', `Reference ${reference} repeats row ${seen.get(reference)}.`);
    if (reference && !seen.has(reference)) seen.set(reference, row.row);
    const issuedOn = str(v.issuedOn);
    for (const later of ['targetDate', 'responseDueOn'] as const) {
      const date = str(v[later]);
      if (issuedOn && date && date < issuedOn) fail(later, `${later} (${date}) is before issuedOn (${issuedOn}).`);
    }
    const addressee = v.addressee instanceof Organisation ? v.addressee : null;
    const before = errors.length;
    const owned = await ownership(tx, ctx, 'RECOMMENDATION', row, addressee?.countryCode ?? null, errors);
    if (!owned || !addressee || !issuedOn || errors.some((e) => e.row === row.row) || errors.length > before) continue;
    const responseDueOn = str(v.responseDueOn) ?? addDays(issuedOn, await responseDueDays(tx, addressee.countryCode));
    const recommendation = tx.create(Recommendation, {
      ...owned,
      countryCode: addressee.countryCode,
      createdBy: recordedBy,
      reference: reference!,
      title: str(v.title)!,
      text: str(v.text) ?? '',
      source: str(v.source) as Recommendation['source'],
      addressee,
      theme: str(v.theme) ?? '',
      level: str(v.level) as Recommendation['level'],
      priority: str(v.priority) as Recommendation['priority'],
      issuedOn,
      targetDate: str(v.targetDate),
      responseDueOn,
      acceptance: (str(v.acceptance) as Recommendation['acceptance'] | null) ?? 'PENDING',
      stateStatus: str(v.stateStatus) as Recommendation['stateStatus'],
      monitorStatus: str(v.monitorStatus) as Recommendation['monitorStatus'],
    });
    // The history starts where the spreadsheet says things stand, dated the day it was issued.
    const history: [RecommendationStatusEntry['kind'], string | null][] = [
      ['ACCEPTANCE', recommendation.acceptance],
      ['STATE_REPORTED', recommendation.stateStatus],
      ['MONITOR_ASSESSED', recommendation.monitorStatus],
    ];
    for (const [kind, value] of history)
      if (value)
        tx.create(RecommendationStatusEntry, {
          recommendation,
          kind,
          value,
          effectiveOn: issuedOn,
          recordedBy,
          note: 'Imported',
        });
    created++;
  }
  return created;
}

async function createPlaces(
  tx: EntityManager,
  ctx: OperationContext & { actor: Actor },
  rows: readonly ParsedRow[],
  errors: RowError[],
): Promise<number> {
  const createdBy = tx.getReference(User, ctx.actor.userId);
  const seen = new Map<string, number>();
  let created = 0;
  for (const row of rows) {
    const v = row.values;
    const authority = v.responsibleAuthority instanceof Organisation ? v.responsibleAuthority : null;
    const name = str(v.name);
    const key = `${name?.toLowerCase() ?? ''}|${authority?.id ?? ''}`;
    if (name && seen.has(key))
      errors.push({
        row: row.row,
        field: 'name',
        column: null,
        code: 'INVALID',
        message: `This place repeats row ${seen.get(key)}.`,
      });
    else if (name) seen.set(key, row.row);
    const countryCode = str(v.countryCode) ?? authority?.countryCode ?? null;
    const owned = await ownership(tx, ctx, 'PLACE', row, countryCode, errors);
    if (!owned || !authority || !name || errors.some((e) => e.row === row.row)) continue;
    tx.create(Place, {
      ...owned,
      countryCode,
      createdBy,
      name,
      type: str(v.type) as Place['type'],
      responsibleAuthority: authority,
      region: str(v.region),
      address: str(v.address),
      capacity: typeof v.capacity === 'number' ? v.capacity : null,
      status: (str(v.status) as Place['status'] | null) ?? 'OPERATING',
    });
    created++;
  }
  return created;
}
