/**
 * Terms that monitors of different countries and languages use for the same thing (decision 0050). A record
 * whose text holds one term of a group is also found by every other term of it: a recommendation on the
 * "sobrepoblación" of a prison is found by "hacinamiento", "sobrecupo" or "overcrowding". Terms are matched as
 * phrases after the search configurations' stemming and accent folding, in Spanish, English, French and
 * Portuguese. Kept narrow on purpose: a term belongs to a group only when, in the records of this field, it means
 * what the group means ("defensor" does not: it also names the Ombudsman's office; nor "menores" alone: "faltas
 * menores"). Changing a group re-indexes the records it concerns at the next start.
 */
export const THESAURUS: Readonly<Record<string, readonly string[]>> = {
  overcrowding: [
    'hacinamiento',
    'sobrepoblación',
    'superpoblación',
    'sobrecupo',
    'overcrowding',
    'surpopulation',
    'superlotação',
    'sobrelotação',
  ],
  solitaryConfinement: [
    'aislamiento',
    'confinamiento solitario',
    'régimen de aislamiento',
    'solitary confinement',
    'isolation',
    'isolement',
    'isolamento',
    'solitária',
  ],
  illTreatment: ['malos tratos', 'maltrato', 'ill-treatment', 'mistreatment', 'mauvais traitements', 'maus-tratos'],
  pretrialDetention: [
    'prisión preventiva',
    'detención preventiva',
    'prisión provisional',
    'pretrial detention',
    'pre-trial detention',
    'remand',
    'détention provisoire',
    'prisão preventiva',
    'prisão provisória',
  ],
  restraints: [
    'contención mecánica',
    'sujeción mecánica',
    'mechanical restraint',
    'restraints',
    'contention mécanique',
    'contenção mecânica',
  ],
  medicalExamination: [
    'examen médico',
    'reconocimiento médico',
    'revisión médica',
    'medical examination',
    'medical check',
    'examen médical',
    'exame médico',
  ],
  lawyer: ['abogado', 'asistencia letrada', 'lawyer', 'legal counsel', 'avocat', 'advogado'],
  bodySearch: [
    'requisa',
    'registro corporal',
    'revisión corporal',
    'revisión íntima',
    'cacheo',
    'body search',
    'strip search',
    'fouille corporelle',
    'fouille à nu',
    'revista íntima',
    'revista vexatória',
  ],
  policeCustody: [
    'custodia policial',
    'detención policial',
    'calabozo',
    'police custody',
    'police cells',
    'garde à vue',
    'custódia policial',
    'carceragem',
  ],
  deathInCustody: [
    'muerte bajo custodia',
    'muerte en custodia',
    'fallecimiento bajo custodia',
    'death in custody',
    'décès en détention',
    'morte sob custódia',
  ],
  juveniles: ['adolescentes', 'menores de edad', 'juveniles', 'minors', 'mineurs'],
  reprisals: ['represalias', 'reprisals', 'retaliation', 'représailles', 'represálias'],
};
