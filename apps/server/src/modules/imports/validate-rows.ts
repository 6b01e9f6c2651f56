import type { Organisation } from '../../db/entities/identity.ts';
import type { UserErrorCode } from '../../__generated__/resolvers-types.ts';
import { unprotectCell } from '../exports/cells.ts';
import type { ImportField } from './fields.ts';
import type { Sheet } from './read-sheet.ts';

/** A problem with one cell or row, by spreadsheet row number (the header is row 1). */
export interface RowError {
  row: number;
  field: string | null;
  column: string | null;
  code: UserErrorCode;
  message: string;
}

export type Value = string | number | Organisation | null;
export interface ParsedRow {
  row: number;
  values: Record<string, Value>;
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;

function validDate(text: string): boolean {
  if (!DATE.test(text)) return false;
  const date = new Date(`${text}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === text;
}

/** Authorities by their name, compared without case or surrounding spaces. */
export function authorityIndex(authorities: readonly Organisation[]): Map<string, Organisation> {
  return new Map(authorities.map((o) => [o.name.trim().toLowerCase(), o]));
}

/**
 * Each row's cells to typed values, with one clear error per bad cell: a formula, an enum value
 * outside the accepted ones (listed), a malformed date, an unknown authority, a missing value.
 */
export function parseRows(
  sheet: Sheet,
  fields: readonly ImportField[],
  columnOf: ReadonlyMap<string, number>,
  authorities: ReadonlyMap<string, Organisation>,
): { rows: ParsedRow[]; errors: RowError[] } {
  const rows: ParsedRow[] = [];
  const errors: RowError[] = [];
  for (const { row, cells } of sheet.rows) {
    const values: Record<string, Value> = {};
    for (const field of fields) {
      const index = columnOf.get(field.field);
      const column = index === undefined ? null : (sheet.columns[index] ?? null);
      const fail = (message: string, code: UserErrorCode = 'INVALID') =>
        errors.push({ row, field: field.field, column, code, message });
      const cell = index === undefined ? { text: '' } : (cells[index] ?? { text: '' });
      if ('formula' in cell) {
        fail(`A formula is not accepted (${cell.formula.slice(0, 60)}): type the value itself.`);
        continue;
      }
      const text = unprotectCell(cell.text.trim());
      if (text === null) {
        fail(`A value starting with = + - @ would run as a formula in a spreadsheet: type it without that sign.`);
        continue;
      }
      if (text === '') {
        if (field.required) fail(`${field.field} is required.`);
        values[field.field] = null;
        continue;
      }
      const kind = field.kind;
      switch (kind.type) {
        case 'text':
          if (text.length > kind.max) fail(`At most ${kind.max} characters.`);
          else values[field.field] = text;
          break;
        case 'date':
          if (!validDate(text)) fail(`"${text}" is not a date: write it as YYYY-MM-DD.`);
          else values[field.field] = text;
          break;
        case 'count': {
          const n = Number(text);
          if (!Number.isInteger(n) || n < 0 || n > 1_000_000) fail(`"${text}" is not a whole number of people.`);
          else values[field.field] = n;
          break;
        }
        case 'country':
          if (!/^[A-Za-z]{2}$/.test(text)) fail(`"${text}" is not a two-letter country code.`);
          else values[field.field] = text.toUpperCase();
          break;
        case 'enum': {
          const upper = text.toUpperCase();
          if (!kind.values.includes(upper))
            fail(`"${text}" is not accepted. Accepted values: ${kind.values.join(', ')}.`);
          else values[field.field] = upper;
          break;
        }
        case 'authority': {
          const found = authorities.get(text.toLowerCase());
          if (!found) fail(`Unknown authority "${text}": write a State authority's name as registered.`, 'NOT_FOUND');
          else values[field.field] = found;
          break;
        }
      }
    }
    rows.push({ row, values });
  }
  return { rows, errors };
}
