import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';

/** A downloaded export: status, headers and the rows read back from the file (header row first). */
export interface DownloadedExport {
  status: number;
  contentType: string | null;
  disposition: string | null;
  body: Buffer;
  rows: string[][];
}

/** Every cell as the text a spreadsheet shows (empty cells as ''), row by row. */
export async function xlsxRows(bytes: Buffer): Promise<string[][]> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  const sheet = workbook.worksheets[0];
  if (!sheet) return [];
  const rows: string[][] = [];
  const width = sheet.getRow(1).cellCount;
  sheet.eachRow({ includeEmpty: false }, (row) => {
    const cells: string[] = [];
    for (let i = 1; i <= Math.max(width, row.cellCount); i++) {
      const value = row.getCell(i).value;
      cells.push(value === null || value === undefined ? '' : String(value as string | number | boolean));
    }
    rows.push(cells);
  });
  return rows;
}

export function csvRows(bytes: Buffer): string[][] {
  return parse(bytes, { bom: true, relax_column_count: false }) as string[][];
}

/** GET an export with a session cookie and read the file back (rows only for a 200). */
export async function downloadExport(baseUrl: string, path: string, cookie?: string): Promise<DownloadedExport> {
  const res = await fetch(`${baseUrl}${path}`, { headers: cookie ? { cookie } : {} });
  const body = Buffer.from(await res.arrayBuffer());
  const contentType = res.headers.get('content-type');
  let rows: string[][] = [];
  if (res.status === 200)
    rows = path.includes('.xlsx') || contentType?.includes('sheet') ? await xlsxRows(body) : csvRows(body);
  return { status: res.status, contentType, disposition: res.headers.get('content-disposition'), body, rows };
}

/** The path of a list export with its filter. */
export function exportPath(list: string, format: 'csv' | 'xlsx', filter?: Record<string, unknown>): string {
  return `/api/exports/${list}.${format}${filter ? `?filter=${encodeURIComponent(JSON.stringify(filter))}` : ''}`;
}
