import type { VocabularyLanguage } from '../vocabulary/labels.ts';

/**
 * Terms that monitors of different countries and languages use for the same thing (decision 0050). A record
 * whose text holds one term of a group is also found by every other term of it: a recommendation on the
 * "sobrepoblación" of a prison is found by "hacinamiento", "sobrecupo" or "overcrowding". Terms are matched as
 * phrases after their own language's stemming and accent folding (the search configurations of decision
 * 0020); a query is parsed in all four, so it meets each term in the term's language. Kept narrow on purpose:
 * a term belongs to a group only when, in the records of this field, it means what the group means
 * ("defensor" does not: it also names the Ombudsman's office; nor "menores" alone: "faltas menores").
 * Changing a group re-indexes the records it concerns at the next start.
 */
export const THESAURUS: Readonly<Record<string, Readonly<Record<VocabularyLanguage, readonly string[]>>>> = {
  overcrowding: {
    es: ['hacinamiento', 'sobrepoblación', 'superpoblación', 'sobrecupo'],
    en: ['overcrowding'],
    fr: ['surpopulation'],
    pt: ['superlotação', 'sobrelotação'],
  },
  solitaryConfinement: {
    es: ['aislamiento', 'confinamiento solitario', 'régimen de aislamiento'],
    en: ['solitary confinement', 'isolation'],
    fr: ['isolement'],
    pt: ['isolamento', 'solitária'],
  },
  illTreatment: {
    es: ['malos tratos', 'maltrato'],
    en: ['ill-treatment', 'mistreatment'],
    fr: ['mauvais traitements'],
    pt: ['maus-tratos'],
  },
  pretrialDetention: {
    es: ['prisión preventiva', 'detención preventiva', 'prisión provisional'],
    en: ['pretrial detention', 'pre-trial detention', 'remand'],
    fr: ['détention provisoire'],
    pt: ['prisão preventiva', 'prisão provisória'],
  },
  restraints: {
    es: ['contención mecánica', 'sujeción mecánica'],
    en: ['mechanical restraint', 'restraints'],
    fr: ['contention mécanique'],
    pt: ['contenção mecânica'],
  },
  medicalExamination: {
    es: ['examen médico', 'reconocimiento médico', 'revisión médica'],
    en: ['medical examination', 'medical check'],
    fr: ['examen médical'],
    pt: ['exame médico'],
  },
  lawyer: {
    es: ['abogado', 'asistencia letrada'],
    en: ['lawyer', 'legal counsel'],
    fr: ['avocat'],
    pt: ['advogado'],
  },
  bodySearch: {
    es: ['requisa', 'registro corporal', 'revisión corporal', 'revisión íntima', 'cacheo'],
    en: ['body search', 'strip search'],
    fr: ['fouille corporelle', 'fouille à nu'],
    pt: ['revista íntima', 'revista vexatória'],
  },
  policeCustody: {
    es: ['custodia policial', 'detención policial', 'calabozo'],
    en: ['police custody', 'police cells'],
    fr: ['garde à vue'],
    pt: ['custódia policial', 'carceragem'],
  },
  deathInCustody: {
    es: ['muerte bajo custodia', 'muerte en custodia', 'fallecimiento bajo custodia'],
    en: ['death in custody'],
    fr: ['décès en détention'],
    pt: ['morte sob custódia'],
  },
  juveniles: {
    es: ['adolescentes', 'menores de edad'],
    en: ['juveniles', 'minors'],
    fr: ['mineurs'],
    pt: ['adolescentes'],
  },
  reprisals: {
    es: ['represalias'],
    en: ['reprisals', 'retaliation'],
    fr: ['représailles'],
    pt: ['represálias'],
  },
};
