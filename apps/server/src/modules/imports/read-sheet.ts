import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';

/** Rows a file may hold: beyond it the import is refused whole (the bytes are capped at the edge too). */
export const IMPORT_MAX_ROWS = 10_000;
/** Bytes an uploaded spreadsheet may have; larger bodies are refused before they are read (HTTP 413). */
export const IMPORT_MAX_BYTES = 5 * 1024 * 1024;

/** A cell as read: its text, or a formula (never evaluated, never stored). */
export type SheetCell = { text: string } | { formula: string };

export interface Sheet {
  columns: string[];
  /** Data rows; `row` is the spreadsheet's row number (the header is row 1). */
  rows: { row: number; cells: SheetCell[] }[];
}

export type SheetFormat = 'csv' | 'xlsx';

/** XLSX files are ZIP archives; anything else is read as CSV text. */
export function sheetFormat(bytes: Buffer): SheetFormat {
  return bytes.subarray(0, 4).equals(Buffer.from([0x50, 0x4b, 0x03, 0x04])) ? 'xlsx' : 'csv';
}

function isoDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** One XLSX cell value as text; a formula stays a formula (its cached result is not trusted). */
function xlsxCell(value: ExcelJS.CellValue): SheetCell {
  if (value === null || value === undefined) return { text: '' };
  if (value instanceof Date) return { text: isoDate(value) };
  if (typeof value === 'object') {
    if ('formula' in value || 'sharedFormula' in value) {
      const f = value as { formula?: string; sharedFormula?: string };
      return { formula: `=${f.formula ?? f.sharedFormula ?? ''}` };
    }
    if ('richText' in value) return { text: value.richText.map((r) => r.text).join('') };
    if ('text' in value) return { text: String((value as { text: unknown }).text) };
    if ('error' in value) return { text: '' };
  }
  return { text: String(value as string | number | boolean) };
}

async function readXlsx(bytes: Buffer): Promise<string[][] | SheetCell[][]> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  const sheet = workbook.worksheets[0];
  if (!sheet) return [];
  const out: SheetCell[][] = [];
  const width = sheet.getRow(1).cellCount;
  for (let r = 1; r <= Math.min(sheet.rowCount, IMPORT_MAX_ROWS + 2); r++) {
    const row = sheet.getRow(r);
    const cells: SheetCell[] = [];
    for (let c = 1; c <= Math.max(width, row.cellCount); c++) cells.push(xlsxCell(row.getCell(c).value));
    out.push(cells);
  }
  return out;
}

/** The first sheet (or the CSV) as a header and rows; blank rows are skipped. Throws on an unreadable file. */
export async function readSheet(bytes: Buffer): Promise<Sheet> {
  const format = sheetFormat(bytes);
  const grid: SheetCell[][] =
    format === 'xlsx'
      ? ((await readXlsx(bytes)) as SheetCell[][])
      : (parse(bytes, { bom: true, relax_column_count: true, to_line: IMPORT_MAX_ROWS + 2 }) as string[][]).map((r) =>
          r.map((text) => ({ text })),
        );
  const [header, ...body] = grid;
  const columns = (header ?? []).map((c) => ('text' in c ? c.text.trim() : ''));
  const rows = body
    .map((cells, i) => ({ row: i + 2, cells }))
    .filter(({ cells }) => cells.some((c) => 'formula' in c || c.text.trim() !== ''));
  return { columns, rows };
}
