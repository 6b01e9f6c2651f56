import type { Writable } from 'node:stream';
import { finished } from 'node:stream/promises';
import ExcelJS from 'exceljs';
import { protectCell } from '../exports/cells.ts';
import type { AnnualReportModel } from './model.ts';
import { annualTitle, authorityRows, filterLines, implementationRows } from './outline.ts';
import { acceptanceLabel, annualLabels, dialogueValueLabel, statusLabel } from './texts.ts';

type Row = (string | number | null)[];

/**
 * The annual report as a workbook: a summary (filters, counts, implementation by both sides), the
 * figures per authority, one row per recommendation and one per step of the dialogue. Strings are
 * inline and protected against formula injection like every export.
 */
export async function renderAnnualXlsx(model: AnnualReportModel, out: Writable): Promise<void> {
  const l = model.language;
  const t = annualLabels(l);
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: out, useStyles: false, useSharedStrings: false });
  const sheet = (name: string, rows: Row[]) => {
    const ws = workbook.addWorksheet(name.slice(0, 31));
    for (const row of rows) ws.addRow(row.map((c) => (typeof c === 'string' ? protectCell(c) : c))).commit();
    ws.commit();
  };
  const numeric = (rows: string[][]): Row[] =>
    rows.map((r, i) => (i === 0 ? r : r.map((c, j) => (j === 0 ? c : Number(c)))));
  sheet(t.sheets.summary, [
    [annualTitle(model)],
    [t.generated, model.generatedOn],
    ...filterLines(model).map((f) => [f.label, f.value]),
    [],
    [t.total, model.counts.total],
    [t.overdue, model.counts.overdue],
    [t.discrepancies, model.counts.discrepancies],
    [],
    [t.acceptance, t.total],
    ...Object.entries(model.counts.acceptance).map(([k, v]) => [acceptanceLabel(l, k as never), v]),
    [],
    ...numeric(implementationRows(model)),
  ]);
  sheet(t.sheets.authorities, numeric(authorityRows(model)));
  sheet(t.sheets.recommendations, [
    [
      t.reference,
      t.titleColumn,
      t.addressee,
      t.owner,
      t.issuedOn,
      t.responseDue,
      t.overdue,
      t.acceptance,
      t.stateReported,
      t.monitorAssessed,
    ],
    ...model.recommendations.map((r) => [
      r.reference,
      r.title,
      r.addressee,
      r.owner,
      r.issuedOn,
      r.responseDueOn,
      r.overdue ? t.overdueMark : '',
      acceptanceLabel(l, r.acceptance),
      statusLabel(l, r.stateStatus),
      statusLabel(l, r.monitorStatus),
    ]),
  ]);
  sheet(t.sheets.dialogue, [
    [t.reference, t.date, t.step, t.by, t.value, t.text],
    ...model.recommendations.flatMap((r) =>
      r.dialogue.map((d) => [r.reference, d.on, t.kind[d.kind], d.by ?? '', dialogueValueLabel(l, d), d.text]),
    ),
  ]);
  await workbook.commit();
  await finished(out);
}
