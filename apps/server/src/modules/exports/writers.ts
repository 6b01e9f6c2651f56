import { once } from 'node:events';
import type { Writable } from 'node:stream';
import { stringify } from 'csv-stringify';
import ExcelJS from 'exceljs';
import type { Cell } from './cells.ts';
import { protectCell } from './cells.ts';
import type { ExportFormat } from './filters.ts';

/** Rows in, a file out, written as they come (nothing buffered beyond the library's own chunks). */
export interface RowWriter {
  /** A batch of rows, then the output's back-pressure is honoured once. */
  write(rows: readonly (readonly Cell[])[]): Promise<void>;
  end(): Promise<void>;
}

export const CONTENT_TYPES: Record<ExportFormat, string> = {
  csv: 'text/csv; charset=utf-8',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
};

/** UTF-8 with a byte-order mark, so spreadsheet programs read accents right; comma-separated, RFC 4180 quoting. */
function csvWriter(out: Writable): RowWriter {
  const csv = stringify({ bom: true, cast: { boolean: (b) => (b ? 'true' : 'false') } });
  csv.pipe(out, { end: false });
  return {
    async write(rows) {
      let full = false;
      for (const row of rows) full = !csv.write(row.map(protectCell)) || full;
      if (full) await once(csv, 'drain');
    },
    async end() {
      const done = once(csv, 'end');
      csv.end();
      await done;
    },
  };
}

/**
 * A streaming workbook: each row is committed (serialised into the zip stream) as it is written, so
 * memory does not grow with the rows. Strings are inline, never formulas, and protected as in CSV.
 */
function xlsxWriter(out: Writable, sheetName: string): RowWriter {
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: out, useStyles: false, useSharedStrings: false });
  const sheet = workbook.addWorksheet(sheetName.slice(0, 31));
  return {
    async write(rows) {
      for (const row of rows) sheet.addRow(row.map(protectCell)).commit();
      if (out.writableNeedDrain) await once(out, 'drain');
    },
    async end() {
      sheet.commit();
      await workbook.commit();
    },
  };
}

export function rowWriter(format: ExportFormat, out: Writable, sheetName: string): RowWriter {
  return format === 'csv' ? csvWriter(out) : xlsxWriter(out, sheetName);
}
