import type { Acceptance, ImplementationStatus } from '@opcat/domain';
import type { ReportLanguage } from '../report/model.ts';
import type { DialogueEntry } from './model.ts';

/** Headings and labels of the annual report (es/en); vocabulary of records comes from report/vocabulary.ts. */
const TEXT = {
  es: {
    title: 'Informe anual de recomendaciones',
    thematic: 'Informe temático de recomendaciones',
    subtitle: 'Solo cuenta las recomendaciones que quien lo genera puede leer; no contiene datos personales.',
    generated: 'Generado el',
    period: 'Periodo',
    from: 'desde',
    to: 'hasta',
    allTime: 'Todas las fechas',
    organisation: 'Organización',
    authority: 'Autoridad destinataria',
    area: 'Tema (área de monitoreo)',
    any: 'Todas',
    summary: 'Resumen',
    total: 'Recomendaciones',
    count: 'Total',
    acceptance: 'Aceptación por el Estado',
    implementation: 'Implementación',
    status: 'Estado',
    stateReported: 'Según el Estado',
    monitorAssessed: 'Según el mecanismo',
    notRecorded: 'Sin registrar',
    discrepancies: 'Recomendaciones en que el Estado y el mecanismo discrepan',
    overdue: 'Respuestas vencidas',
    byAuthority: 'Por autoridad destinataria',
    accepted: 'Aceptadas',
    implemented: 'Implementadas',
    recommendations: 'Recomendaciones y diálogo',
    reference: 'Referencia',
    titleColumn: 'Título',
    addressee: 'Destinataria',
    owner: 'Emitida por',
    issuedOn: 'Emitida el',
    responseDue: 'Respuesta esperada',
    overdueMark: 'respuesta vencida',
    dialogue: 'Diálogo',
    noDialogue: 'Sin respuestas ni evaluaciones registradas.',
    none: 'Ninguna recomendación que pueda leer coincide con estos filtros.',
    date: 'Fecha',
    step: 'Paso',
    by: 'Por',
    value: 'Valor',
    text: 'Texto',
    kind: {
      RESPONSE: 'Respuesta de la autoridad',
      ACCEPTANCE: 'Aceptación registrada',
      STATE_REPORTED: 'Implementación informada por el Estado',
      MONITOR_ASSESSED: 'Evaluación del mecanismo',
    },
    acceptanceValue: {
      PENDING: 'Pendiente',
      ACCEPTED: 'Aceptada',
      PARTIALLY_ACCEPTED: 'Aceptada parcialmente',
      NOTED: 'Tomada en cuenta',
      REJECTED: 'Rechazada',
    },
    statusValue: {
      NOT_STARTED: 'Sin iniciar',
      IN_PROGRESS: 'En curso',
      PARTIALLY_IMPLEMENTED: 'Implementada parcialmente',
      IMPLEMENTED: 'Implementada',
      NOT_IMPLEMENTED: 'No implementada',
      NO_LONGER_APPLICABLE: 'Ya no aplica',
    },
    sheets: { summary: 'Resumen', authorities: 'Autoridades', recommendations: 'Recomendaciones', dialogue: 'Diálogo' },
  },
  en: {
    title: 'Annual report on recommendations',
    thematic: 'Thematic report on recommendations',
    subtitle: 'Counts only the recommendations its author may read; contains no personal data.',
    generated: 'Generated on',
    period: 'Period',
    from: 'from',
    to: 'to',
    allTime: 'All dates',
    organisation: 'Organisation',
    authority: 'Addressee authority',
    area: 'Theme (monitoring area)',
    any: 'All',
    summary: 'Summary',
    total: 'Recommendations',
    count: 'Total',
    acceptance: 'Acceptance by the State',
    implementation: 'Implementation',
    status: 'Status',
    stateReported: 'Reported by the State',
    monitorAssessed: 'Assessed by the monitor',
    notRecorded: 'Not recorded',
    discrepancies: 'Recommendations on which the State and the monitor disagree',
    overdue: 'Overdue responses',
    byAuthority: 'By addressee authority',
    accepted: 'Accepted',
    implemented: 'Implemented',
    recommendations: 'Recommendations and dialogue',
    reference: 'Reference',
    titleColumn: 'Title',
    addressee: 'Addressee',
    owner: 'Issued by',
    issuedOn: 'Issued on',
    responseDue: 'Response due',
    overdueMark: 'response overdue',
    dialogue: 'Dialogue',
    noDialogue: 'No responses or assessments recorded.',
    none: 'No recommendation you may read matches these filters.',
    date: 'Date',
    step: 'Step',
    by: 'By',
    value: 'Value',
    text: 'Text',
    kind: {
      RESPONSE: "Authority's response",
      ACCEPTANCE: 'Acceptance recorded',
      STATE_REPORTED: 'Implementation reported by the State',
      MONITOR_ASSESSED: "Monitor's assessment",
    },
    acceptanceValue: {
      PENDING: 'Pending',
      ACCEPTED: 'Accepted',
      PARTIALLY_ACCEPTED: 'Partially accepted',
      NOTED: 'Noted',
      REJECTED: 'Rejected',
    },
    statusValue: {
      NOT_STARTED: 'Not started',
      IN_PROGRESS: 'In progress',
      PARTIALLY_IMPLEMENTED: 'Partially implemented',
      IMPLEMENTED: 'Implemented',
      NOT_IMPLEMENTED: 'Not implemented',
      NO_LONGER_APPLICABLE: 'No longer applicable',
    },
    sheets: {
      summary: 'Summary',
      authorities: 'Authorities',
      recommendations: 'Recommendations',
      dialogue: 'Dialogue',
    },
  },
} satisfies Record<ReportLanguage, unknown>;

export function annualLabels(language: ReportLanguage) {
  return TEXT[language];
}

export function acceptanceLabel(language: ReportLanguage, value: Acceptance): string {
  return TEXT[language].acceptanceValue[value];
}

export function statusLabel(language: ReportLanguage, value: ImplementationStatus | null): string {
  return value ? TEXT[language].statusValue[value] : TEXT[language].notRecorded;
}

/** A dialogue step's value in words: an acceptance for responses and acceptance entries, else a status. */
export function dialogueValueLabel(language: ReportLanguage, entry: DialogueEntry): string {
  const t = TEXT[language];
  if (entry.kind === 'RESPONSE' || entry.kind === 'ACCEPTANCE') {
    return t.acceptanceValue[entry.value as Acceptance] ?? entry.value;
  }
  return t.statusValue[entry.value as ImplementationStatus] ?? entry.value;
}
