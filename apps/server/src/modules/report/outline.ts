import { formatCalendarDate, labelColon } from '@opcat/domain';
import type { ReportLanguage, VisitReportModel } from './model.ts';
import { vocabularyLabel } from './vocabulary.ts';

const TEXT = {
  es: {
    title: 'Informe de visita',
    version: {
      CONFIDENTIAL: 'Versión confidencial — contiene datos personales: no difundir',
      AUTHORITY: 'Versión para la autoridad destinataria',
      PUBLIC: 'Versión pública',
    },
    for: 'Destinataria',
    by: 'Mecanismo',
    generated: 'Generado el',
    visit: 'La visita',
    type: 'Tipo de visita',
    announced: 'Anunciada',
    unannounced: 'No anunciada',
    dates: 'Fechas',
    places: 'Lugares visitados',
    team: 'Equipo de visita',
    leader: 'coordinación',
    methodology: 'Objetivos y metodología',
    introduction: 'Introducción',
    findings: 'Hallazgos',
    riskFactors: 'Factores de riesgo',
    vulnerabilities: 'Situaciones de vulnerabilidad',
    severity: 'Gravedad',
    goodPractice: 'Buena práctica',
    place: 'Lugar',
    narrative: 'Relato',
    interviewees: 'Personas entrevistadas',
    identity: 'Identidad',
    contact: 'Contacto',
    medicalNotes: 'Notas médicas',
    atRisk: 'En riesgo de represalias; próxima verificación de bienestar',
    recommendations: 'Recomendaciones',
    addressee: 'Destinataria',
    priority: 'Prioridad',
    level: 'Nivel',
    responseDue: 'Respuesta esperada a más tardar el',
    targetDate: 'Fecha objetivo',
    conclusions: 'Conclusiones',
    none: 'Sin contenido en esta versión.',
    visitWithheld: 'Los datos generales de la visita no forman parte de esta versión.',
  },
  en: {
    title: 'Visit report',
    version: {
      CONFIDENTIAL: 'Confidential version — contains personal data: do not circulate',
      AUTHORITY: 'Version for the addressee authority',
      PUBLIC: 'Public version',
    },
    for: 'Addressee',
    by: 'Mechanism',
    generated: 'Generated on',
    visit: 'The visit',
    type: 'Type of visit',
    announced: 'Announced',
    unannounced: 'Unannounced',
    dates: 'Dates',
    places: 'Places visited',
    team: 'Visit team',
    leader: 'lead',
    methodology: 'Objectives and methodology',
    introduction: 'Introduction',
    findings: 'Findings',
    riskFactors: 'Risk factors',
    vulnerabilities: 'Situations of vulnerability',
    severity: 'Severity',
    goodPractice: 'Good practice',
    place: 'Place',
    narrative: 'Narrative',
    interviewees: 'People interviewed',
    identity: 'Identity',
    contact: 'Contact',
    medicalNotes: 'Medical notes',
    atRisk: 'At risk of reprisals; next welfare check',
    recommendations: 'Recommendations',
    addressee: 'Addressee',
    priority: 'Priority',
    level: 'Level',
    responseDue: 'Response due by',
    targetDate: 'Target date',
    conclusions: 'Conclusions',
    none: 'Nothing in this version.',
    visitWithheld: "The visit's general details are not part of this version.",
  },
  fr: {
    title: 'Rapport de visite',
    version: {
      CONFIDENTIAL: 'Version confidentielle — contient des données personnelles : ne pas diffuser',
      AUTHORITY: 'Version destinée à l’autorité destinataire',
      PUBLIC: 'Version publique',
    },
    for: 'Destinataire',
    by: 'Mécanisme',
    generated: 'Généré le',
    visit: 'La visite',
    type: 'Type de visite',
    announced: 'Annoncée',
    unannounced: 'Inopinée',
    dates: 'Dates',
    places: 'Lieux visités',
    team: 'Équipe de visite',
    leader: 'coordination',
    methodology: 'Objectifs et méthodologie',
    introduction: 'Introduction',
    findings: 'Constatations',
    riskFactors: 'Facteurs de risque',
    vulnerabilities: 'Situations de vulnérabilité',
    severity: 'Gravité',
    goodPractice: 'Bonne pratique',
    place: 'Lieu',
    narrative: 'Récit',
    interviewees: 'Personnes interrogées',
    identity: 'Identité',
    contact: 'Contact',
    medicalNotes: 'Notes médicales',
    atRisk: 'Exposée à des représailles ; prochaine vérification de la situation',
    recommendations: 'Recommandations',
    addressee: 'Destinataire',
    priority: 'Priorité',
    level: 'Niveau',
    responseDue: 'Réponse attendue au plus tard le',
    targetDate: 'Date cible',
    conclusions: 'Conclusions',
    none: 'Rien dans cette version.',
    visitWithheld: 'Les informations générales de la visite ne font pas partie de cette version.',
  },
  pt: {
    title: 'Relatório de visita',
    version: {
      CONFIDENTIAL: 'Versão confidencial — contém dados pessoais: não divulgar',
      AUTHORITY: 'Versão para a autoridade destinatária',
      PUBLIC: 'Versão pública',
    },
    for: 'Destinatária',
    by: 'Mecanismo',
    generated: 'Gerado em',
    visit: 'A visita',
    type: 'Tipo de visita',
    announced: 'Anunciada',
    unannounced: 'Sem aviso prévio',
    dates: 'Datas',
    places: 'Locais visitados',
    team: 'Equipe de visita',
    leader: 'coordenação',
    methodology: 'Objetivos e metodologia',
    introduction: 'Introdução',
    findings: 'Constatações',
    riskFactors: 'Fatores de risco',
    vulnerabilities: 'Situações de vulnerabilidade',
    severity: 'Gravidade',
    goodPractice: 'Boa prática',
    place: 'Local',
    narrative: 'Relato',
    interviewees: 'Pessoas entrevistadas',
    identity: 'Identidade',
    contact: 'Contato',
    medicalNotes: 'Notas médicas',
    atRisk: 'Em risco de represálias; próxima verificação de bem-estar',
    recommendations: 'Recomendações',
    addressee: 'Destinatária',
    priority: 'Prioridade',
    level: 'Nível',
    responseDue: 'Resposta esperada até',
    targetDate: 'Data-alvo',
    conclusions: 'Conclusões',
    none: 'Nada nesta versão.',
    visitWithheld: 'Os dados gerais da visita não fazem parte desta versão.',
  },
} as const;

/**
 * One report as a flat list of blocks, so the DOCX and PDF renderers cannot drift apart in what
 * they print: both walk exactly this.
 */
export type Block =
  | { kind: 'title'; text: string }
  | { kind: 'subtitle'; text: string }
  | { kind: 'heading'; level: 1 | 2 | 3; text: string }
  | { kind: 'paragraph'; text: string }
  | { kind: 'field'; label: string; value: string }
  | { kind: 'bullet'; text: string }
  /** A small table: the first row is its header (the annual report's figures side by side). */
  | { kind: 'table'; rows: string[][] };

export function reportLabels(language: ReportLanguage) {
  return TEXT[language];
}

/** A field's label as printed before its value: French sets a (narrow, unbreakable) space before the colon. */
export function fieldLabel(label: string, hasValue: boolean, language: ReportLanguage): string {
  return hasValue ? labelColon(label, language) : label;
}

/**
 * A calendar date (YYYY-MM-DD) as the document's language writes it in prose ("9 de febrero de 2026",
 * "9 February 2026", "9 février 2026", "9 de fevereiro de 2026"): a report goes to an authority, not to a
 * database. Spreadsheets keep ISO dates (they sort and compute).
 */
export function reportDate(iso: string, language: ReportLanguage): string {
  return formatCalendarDate(iso, language, 'long');
}

/** "label: value" within a line of text, in the language's typography (see fieldLabel). */
export function labelled(label: string, value: string, language: ReportLanguage): string {
  return `${fieldLabel(label, true, language)}${value}`;
}

/** Paragraphs of a multi-line text, without empty ones. */
function paragraphs(text: string): string[] {
  return text
    .split(/\n+/)
    .map((p) => p.trim())
    .filter((p) => p.length > 0);
}

export function* reportBlocks(model: VisitReportModel): Generator<Block> {
  const l = model.language;
  const t = TEXT[l];
  yield {
    kind: 'title',
    text: labelled(t.title, model.places.map((p) => p.name).join(', ') || model.ownerOrganisation, l),
  };
  yield { kind: 'subtitle', text: t.version[model.version] };
  yield { kind: 'field', label: t.by, value: model.ownerOrganisation };
  if (model.audience) yield { kind: 'field', label: t.for, value: model.audience.name };
  yield { kind: 'field', label: t.generated, value: reportDate(model.generatedOn, l) };

  yield { kind: 'heading', level: 1, text: t.visit };
  const v = model.visit;
  if (v) {
    yield {
      kind: 'field',
      label: t.type,
      value: `${vocabularyLabel(l, 'VisitType', v.type)} (${v.announced ? t.announced : t.unannounced})`,
    };
    yield {
      kind: 'field',
      label: t.dates,
      value:
        v.endDate && v.endDate !== v.startDate
          ? `${reportDate(v.startDate, l)} – ${reportDate(v.endDate, l)}`
          : reportDate(v.startDate, l),
    };
  } else {
    yield { kind: 'paragraph', text: t.visitWithheld };
  }
  if (model.places.length) {
    yield { kind: 'heading', level: 2, text: t.places };
    for (const p of model.places) {
      yield {
        kind: 'bullet',
        text: `${p.name} — ${vocabularyLabel(l, 'PlaceType', p.type)}${p.region ? `, ${p.region}` : ''}`,
      };
    }
  }
  if (v) {
    if (v.team.length) {
      yield { kind: 'heading', level: 2, text: t.team };
      for (const m of v.team) {
        const role = `${vocabularyLabel(l, 'Expertise', m.expertise)}${m.leader ? ` (${t.leader})` : ''}`;
        yield { kind: 'bullet', text: m.name ? `${m.name} — ${role}` : role };
      }
    }
    if (v.objectives) {
      yield { kind: 'heading', level: 2, text: t.methodology };
      for (const p of paragraphs(v.objectives)) yield { kind: 'paragraph', text: p };
    }
    if (v.introduction) {
      yield { kind: 'heading', level: 1, text: t.introduction };
      for (const p of paragraphs(v.introduction)) yield { kind: 'paragraph', text: p };
    }
  }

  yield { kind: 'heading', level: 1, text: t.findings };
  if (model.areas.length === 0) yield { kind: 'paragraph', text: t.none };
  for (const area of model.areas) {
    yield { kind: 'heading', level: 2, text: vocabularyLabel(l, 'MonitoringArea', area.area) };
    for (const f of area.findings) {
      yield { kind: 'heading', level: 3, text: f.goodPractice ? `${f.title} (${t.goodPractice})` : f.title };
      if (f.placeName) yield { kind: 'field', label: t.place, value: f.placeName };
      yield { kind: 'field', label: t.severity, value: vocabularyLabel(l, 'Severity', f.severity) };
      if (f.riskFactors.length) {
        yield {
          kind: 'field',
          label: t.riskFactors,
          value: f.riskFactors.map((r) => vocabularyLabel(l, 'RiskFactor', r)).join('; '),
        };
      }
      if (f.vulnerabilities.length) {
        yield {
          kind: 'field',
          label: t.vulnerabilities,
          value: f.vulnerabilities.map((r) => vocabularyLabel(l, 'Vulnerability', r)).join('; '),
        };
      }
      for (const p of paragraphs(f.description)) yield { kind: 'paragraph', text: p };
      for (const p of paragraphs(f.narrative)) yield { kind: 'paragraph', text: p };
      if (f.interviewees.length) {
        yield { kind: 'field', label: t.interviewees, value: '' };
        for (const i of f.interviewees) {
          const details = i.personal
            ? [
                labelled(t.identity, i.personal.identity, l),
                i.personal.contact ? labelled(t.contact, i.personal.contact, l) : null,
                i.personal.medicalNotes ? labelled(t.medicalNotes, i.personal.medicalNotes, l) : null,
                i.personal.atRisk
                  ? labelled(
                      t.atRisk,
                      i.personal.welfareCheckDueOn ? reportDate(i.personal.welfareCheckDueOn, l) : '—',
                      l,
                    )
                  : null,
              ].filter((d): d is string => d !== null)
            : [];
          yield { kind: 'bullet', text: [i.pseudonym, ...details].join(' · ') };
        }
      }
    }
  }

  yield { kind: 'heading', level: 1, text: t.recommendations };
  if (model.recommendations.length === 0) yield { kind: 'paragraph', text: t.none };
  for (const r of model.recommendations) {
    yield { kind: 'heading', level: 3, text: `${r.reference} — ${r.title}` };
    for (const p of paragraphs(r.text)) yield { kind: 'paragraph', text: p };
    yield { kind: 'field', label: t.addressee, value: r.addressee };
    yield {
      kind: 'field',
      label: t.priority,
      value: `${vocabularyLabel(l, 'Priority', r.priority)} · ${labelled(t.level, vocabularyLabel(l, 'RecommendationLevel', r.level), l)}`,
    };
    yield { kind: 'field', label: t.responseDue, value: reportDate(r.responseDueOn, l) };
    if (r.targetDate) yield { kind: 'field', label: t.targetDate, value: reportDate(r.targetDate, l) };
  }

  if (v?.conclusions) {
    yield { kind: 'heading', level: 1, text: t.conclusions };
    for (const p of paragraphs(v.conclusions)) yield { kind: 'paragraph', text: p };
  }
}
