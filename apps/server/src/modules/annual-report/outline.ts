import { IMPLEMENTATION_STATUSES } from '@opcat/domain';
import { labelled, reportDate } from '../report/outline.ts';
import type { Block } from '../report/outline.ts';
import { vocabularyLabel } from '../report/vocabulary.ts';
import type { DocumentMeta } from '../report/render-pdf.ts';
import type { AnnualReportModel } from './model.ts';
import { acceptanceLabel, annualLabels, dialogueValueLabel, statusLabel } from './texts.ts';

const n = (value: number) => String(value);

/** The report's title: thematic when it is about one monitoring area. */
export function annualTitle(model: AnnualReportModel): string {
  const t = annualLabels(model.language);
  return model.filter.area ? t.thematic : t.title;
}

export function annualMeta(model: AnnualReportModel): DocumentMeta {
  const t = annualLabels(model.language);
  const title = annualTitle(model);
  return {
    title,
    author: model.filterNames.organisation ?? 'opcat-hub',
    mark: `${title} — ${t.generated} ${reportDate(model.generatedOn, model.language)}`,
    language: model.language,
  };
}

/** The filters in words, as printed under the title and in the spreadsheet's summary. */
export function filterLines(model: AnnualReportModel): { label: string; value: string }[] {
  const l = model.language;
  const t = annualLabels(l);
  const { from, to } = model.filter;
  const period =
    from || to
      ? [from ? `${t.from} ${reportDate(from, l)}` : '', to ? `${t.to} ${reportDate(to, l)}` : '']
          .filter(Boolean)
          .join(' ')
      : t.allTime;
  return [
    { label: t.period, value: period },
    { label: t.organisation, value: model.filterNames.organisation ?? t.any },
    { label: t.authority, value: model.filterNames.authority ?? t.any },
    {
      label: t.area,
      value: model.filterNames.area ? vocabularyLabel(l, 'MonitoringArea', model.filterNames.area) : t.any,
    },
  ];
}

/** Implementation as reported by the State and as assessed by the monitor, one status a row. */
export function implementationRows(model: AnnualReportModel): string[][] {
  const l = model.language;
  const t = annualLabels(l);
  return [
    [t.status, t.stateReported, t.monitorAssessed],
    ...IMPLEMENTATION_STATUSES.map((s) => [statusLabel(l, s), n(model.counts.state[s]), n(model.counts.monitor[s])]),
    [t.notRecorded, n(model.counts.state.NONE), n(model.counts.monitor.NONE)],
  ];
}

export function authorityRows(model: AnnualReportModel): string[][] {
  const t = annualLabels(model.language);
  return [
    [
      t.authority,
      t.count,
      t.accepted,
      `${t.implemented} (${t.stateReported})`,
      `${t.implemented} (${t.monitorAssessed})`,
      t.overdue,
    ],
    ...model.byAuthority.map((a) => [
      a.authority,
      n(a.total),
      n(a.accepted),
      n(a.stateImplemented),
      n(a.monitorImplemented),
      n(a.overdue),
    ]),
  ];
}

/** The annual report as blocks, walked by the visit report's own DOCX and PDF renderers. */
export function* annualBlocks(model: AnnualReportModel): Generator<Block> {
  const l = model.language;
  const t = annualLabels(l);
  yield { kind: 'title', text: annualTitle(model) };
  yield { kind: 'subtitle', text: t.subtitle };
  yield { kind: 'field', label: t.generated, value: reportDate(model.generatedOn, l) };
  for (const line of filterLines(model)) yield { kind: 'field', ...line };

  yield { kind: 'heading', level: 1, text: t.summary };
  yield { kind: 'field', label: t.total, value: n(model.counts.total) };
  yield { kind: 'field', label: t.overdue, value: n(model.counts.overdue) };
  yield { kind: 'field', label: t.discrepancies, value: n(model.counts.discrepancies) };
  yield { kind: 'heading', level: 2, text: t.acceptance };
  yield {
    kind: 'table',
    rows: [
      [t.acceptance, t.total],
      ...Object.entries(model.counts.acceptance).map(([k, v]) => [acceptanceLabel(l, k as never), n(v)]),
    ],
  };
  yield { kind: 'heading', level: 2, text: t.implementation };
  yield { kind: 'table', rows: implementationRows(model) };
  if (model.byAuthority.length) {
    yield { kind: 'heading', level: 2, text: t.byAuthority };
    yield { kind: 'table', rows: authorityRows(model) };
  }

  yield { kind: 'heading', level: 1, text: t.recommendations };
  if (model.recommendations.length === 0) yield { kind: 'paragraph', text: t.none };
  for (const r of model.recommendations) {
    yield { kind: 'heading', level: 3, text: `${r.reference} — ${r.title}` };
    yield { kind: 'field', label: t.addressee, value: r.addressee };
    yield { kind: 'field', label: t.owner, value: `${r.owner} · ${t.issuedOn} ${reportDate(r.issuedOn, l)}` };
    yield {
      kind: 'field',
      label: t.responseDue,
      value: r.overdue ? `${reportDate(r.responseDueOn, l)} (${t.overdueMark})` : reportDate(r.responseDueOn, l),
    };
    yield { kind: 'field', label: t.acceptance, value: acceptanceLabel(l, r.acceptance) };
    yield {
      kind: 'field',
      label: t.implementation,
      value: `${labelled(t.stateReported, statusLabel(l, r.stateStatus), l)} · ${labelled(t.monitorAssessed, statusLabel(l, r.monitorStatus), l)}`,
    };
    if (r.dialogue.length === 0) yield { kind: 'paragraph', text: t.noDialogue };
    for (const d of r.dialogue) {
      const head = `${reportDate(d.on, l)} · ${labelled(`${t.kind[d.kind]}${d.by ? ` (${d.by})` : ''}`, dialogueValueLabel(l, d), l)}`;
      yield { kind: 'bullet', text: d.text.trim() ? `${head} — ${d.text.trim()}` : head };
    }
  }
}
