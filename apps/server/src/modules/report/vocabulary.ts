// Labels of the vocabulary for report documents, copied from the web app's es/en catalogues
// (apps/web/src/i18n/*.monitoring.json, *.tracker.json): the server does not import the web app.
import type { ReportLanguage } from './model.ts';

type Vocabulary =
  | 'PlaceType'
  | 'VisitType'
  | 'MonitoringArea'
  | 'Vulnerability'
  | 'Severity'
  | 'Expertise'
  | 'RiskFactor'
  | 'Priority'
  | 'RecommendationLevel';

const VOCABULARY: Record<ReportLanguage, Record<Vocabulary, Record<string, string>>> = {
  es: {
    PlaceType: {
      POLICE_CUSTODY: 'Custodia policial',
      COURT_CELLS: 'Celdas de juzgados',
      PRETRIAL_DETENTION: 'Centro de prisión preventiva',
      PRISON: 'Centro penitenciario',
      JUVENILE_DETENTION: 'Centro de internamiento para adolescentes',
      IMMIGRATION_DETENTION: 'Estación migratoria',
      TRANSIT_ZONE: 'Zona de tránsito',
      PSYCHIATRIC_INSTITUTION: 'Hospital psiquiátrico',
      SOCIAL_CARE_HOME: 'Centro de asistencia social',
      ELDERLY_CARE_HOME: 'Residencia para personas mayores',
      CHILDRENS_HOME: 'Centro de acogida para niñas, niños y adolescentes',
      MILITARY_DETENTION: 'Centro de detención militar',
      OTHER: 'Otro lugar',
    },
    VisitType: {
      IN_DEPTH: 'Visita en profundidad',
      THEMATIC: 'Visita temática',
      AD_HOC: 'Visita ad hoc',
      FOLLOW_UP: 'Visita de seguimiento',
      SPT_REGULAR: 'Visita regular del SPT',
      SPT_FOLLOW_UP: 'Visita de seguimiento del SPT',
      SPT_NPM_ADVISORY: 'Visita de asesoramiento del SPT al MNP',
    },
    MonitoringArea: {
      TREATMENT: 'Trato',
      PROTECTION_MEASURES: 'Medidas de protección',
      MATERIAL_CONDITIONS: 'Condiciones materiales',
      REGIME_AND_ACTIVITIES: 'Régimen y actividades',
      HEALTH_CARE: 'Atención de la salud',
      PERSONNEL: 'Personal',
    },
    Vulnerability: {
      WOMEN: 'Mujeres',
      CHILDREN: 'Niñas, niños y adolescentes',
      PERSONS_WITH_DISABILITIES: 'Personas con discapacidad',
      LGBTI: 'Personas LGBTI',
      INDIGENOUS_MINORITIES: 'Pueblos indígenas y minorías',
      MIGRANTS: 'Personas migrantes',
      OLDER_PERSONS: 'Personas mayores',
    },
    Severity: {
      LOW: 'Baja',
      MEDIUM: 'Media',
      HIGH: 'Alta',
      CRITICAL: 'Crítica',
    },
    Expertise: {
      LAW: 'Derecho',
      MEDICINE: 'Medicina',
      PSYCHOLOGY: 'Psicología',
      SOCIAL_WORK: 'Trabajo social',
      INTERPRETATION: 'Interpretación',
      OTHER: 'Otra',
    },
    RiskFactor: {
      OVERCROWDING: 'Hacinamiento',
      EXCESSIVE_PRETRIAL_DETENTION: 'Uso excesivo de la prisión preventiva',
      CORRUPTION: 'Corrupción',
      NO_FAMILY_NOTIFICATION: 'Sin aviso a familiares',
      NO_ACCESS_TO_LAWYER: 'Sin acceso a defensa legal',
      NO_MEDICAL_EXAMINATION: 'Sin examen médico',
      NO_INFORMATION_ON_RIGHTS: 'Sin información sobre sus derechos',
      UNRECORDED_DETENTION: 'Detención sin registro',
      USE_OF_RESTRAINTS: 'Uso de medios de contención',
      SOLITARY_CONFINEMENT: 'Aislamiento',
      STAFF_SHORTAGES: 'Falta de personal',
      NO_COMPLAINTS_MECHANISM: 'Sin mecanismo de quejas',
      NO_VIDEO_RECORDING_IN_CUSTODY: 'Sin videograbación en custodia',
    },
    Priority: {
      LOW: 'Baja',
      MEDIUM: 'Media',
      HIGH: 'Alta',
      URGENT: 'Urgente',
    },
    RecommendationLevel: {
      PLACE: 'Lugar específico',
      POLICY: 'Política pública',
      LEGISLATIVE: 'Legislativo',
      INSTITUTIONAL: 'Institucional',
    },
  },
  en: {
    PlaceType: {
      POLICE_CUSTODY: 'Police custody',
      COURT_CELLS: 'Court cells',
      PRETRIAL_DETENTION: 'Pre-trial detention centre',
      PRISON: 'Prison',
      JUVENILE_DETENTION: 'Juvenile detention centre',
      IMMIGRATION_DETENTION: 'Immigration detention centre',
      TRANSIT_ZONE: 'Transit zone',
      PSYCHIATRIC_INSTITUTION: 'Psychiatric institution',
      SOCIAL_CARE_HOME: 'Social care home',
      ELDERLY_CARE_HOME: 'Care home for older persons',
      CHILDRENS_HOME: "Children's home",
      MILITARY_DETENTION: 'Military detention facility',
      OTHER: 'Other place',
    },
    VisitType: {
      IN_DEPTH: 'In-depth visit',
      THEMATIC: 'Thematic visit',
      AD_HOC: 'Ad hoc visit',
      FOLLOW_UP: 'Follow-up visit',
      SPT_REGULAR: 'SPT regular visit',
      SPT_FOLLOW_UP: 'SPT follow-up visit',
      SPT_NPM_ADVISORY: 'SPT NPM advisory visit',
    },
    MonitoringArea: {
      TREATMENT: 'Treatment',
      PROTECTION_MEASURES: 'Protection measures',
      MATERIAL_CONDITIONS: 'Material conditions',
      REGIME_AND_ACTIVITIES: 'Regime and activities',
      HEALTH_CARE: 'Health care',
      PERSONNEL: 'Personnel',
    },
    Vulnerability: {
      WOMEN: 'Women',
      CHILDREN: 'Children',
      PERSONS_WITH_DISABILITIES: 'Persons with disabilities',
      LGBTI: 'LGBTI persons',
      INDIGENOUS_MINORITIES: 'Indigenous peoples and minorities',
      MIGRANTS: 'Migrants',
      OLDER_PERSONS: 'Older persons',
    },
    Severity: {
      LOW: 'Low',
      MEDIUM: 'Medium',
      HIGH: 'High',
      CRITICAL: 'Critical',
    },
    Expertise: {
      LAW: 'Law',
      MEDICINE: 'Medicine',
      PSYCHOLOGY: 'Psychology',
      SOCIAL_WORK: 'Social work',
      INTERPRETATION: 'Interpretation',
      OTHER: 'Other',
    },
    RiskFactor: {
      OVERCROWDING: 'Overcrowding',
      EXCESSIVE_PRETRIAL_DETENTION: 'Excessive pre-trial detention',
      CORRUPTION: 'Corruption',
      NO_FAMILY_NOTIFICATION: 'No notification of family',
      NO_ACCESS_TO_LAWYER: 'No access to a lawyer',
      NO_MEDICAL_EXAMINATION: 'No medical examination',
      NO_INFORMATION_ON_RIGHTS: 'No information on rights',
      UNRECORDED_DETENTION: 'Unrecorded detention',
      USE_OF_RESTRAINTS: 'Use of restraints',
      SOLITARY_CONFINEMENT: 'Solitary confinement',
      STAFF_SHORTAGES: 'Staff shortages',
      NO_COMPLAINTS_MECHANISM: 'No complaints mechanism',
      NO_VIDEO_RECORDING_IN_CUSTODY: 'No video recording in custody',
    },
    Priority: {
      LOW: 'Low',
      MEDIUM: 'Medium',
      HIGH: 'High',
      URGENT: 'Urgent',
    },
    RecommendationLevel: {
      PLACE: 'Place-specific',
      POLICY: 'Policy',
      LEGISLATIVE: 'Legislative',
      INSTITUTIONAL: 'Institutional',
    },
  },
};

/** The label of a vocabulary value in the report's language; an unknown (extended) value shows as written. */
export function vocabularyLabel(language: ReportLanguage, vocabulary: Vocabulary, value: string): string {
  return VOCABULARY[language][vocabulary][value] ?? value.replaceAll('_', ' ').toLowerCase();
}
