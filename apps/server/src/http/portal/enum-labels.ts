// Copied from the web app's translations (apps/web/src/i18n/*.tracker.json, *.monitoring.json) so that
// the server-rendered portal names the vocabulary exactly as the app does, in es, en, fr and pt.
export const ENUM_LABELS = {
  "es": {
    "source": {
      "NPM_VISIT_REPORT": "Informe de visita del MNP",
      "NPM_THEMATIC_OR_ANNUAL_REPORT": "Informe temático o anual del MNP",
      "SPT_REPORT": "Informe del SPT",
      "OTHER": "Otro"
    },
    "level": {
      "PLACE": "Lugar específico",
      "POLICY": "Política pública",
      "LEGISLATIVE": "Legislativo",
      "INSTITUTIONAL": "Institucional"
    },
    "priority": {
      "LOW": "Baja",
      "MEDIUM": "Media",
      "HIGH": "Alta",
      "URGENT": "Urgente"
    },
    "acceptance": {
      "PENDING": "Pendiente",
      "ACCEPTED": "Aceptada",
      "PARTIALLY_ACCEPTED": "Aceptada parcialmente",
      "NOTED": "Tomada en cuenta",
      "REJECTED": "Rechazada"
    },
    "status": {
      "NOT_STARTED": "Sin iniciar",
      "IN_PROGRESS": "En curso",
      "PARTIALLY_IMPLEMENTED": "Implementada parcialmente",
      "IMPLEMENTED": "Implementada",
      "NOT_IMPLEMENTED": "No implementada",
      "NO_LONGER_APPLICABLE": "Ya no aplica"
    },
    "area": {
      "TREATMENT": "Trato",
      "PROTECTION_MEASURES": "Medidas de protección",
      "MATERIAL_CONDITIONS": "Condiciones materiales",
      "REGIME_AND_ACTIVITIES": "Régimen y actividades",
      "HEALTH_CARE": "Atención de la salud",
      "PERSONNEL": "Personal"
    },
    "vulnerability": {
      "WOMEN": "Mujeres",
      "CHILDREN": "Niñas, niños y adolescentes",
      "PERSONS_WITH_DISABILITIES": "Personas con discapacidad",
      "LGBTI": "Personas LGBTI",
      "INDIGENOUS_MINORITIES": "Pueblos indígenas y minorías",
      "MIGRANTS": "Personas migrantes",
      "OLDER_PERSONS": "Personas mayores"
    },
    "risk": {
      "OVERCROWDING": "Hacinamiento",
      "EXCESSIVE_PRETRIAL_DETENTION": "Uso excesivo de la prisión preventiva",
      "CORRUPTION": "Corrupción",
      "NO_FAMILY_NOTIFICATION": "Sin aviso a familiares",
      "NO_ACCESS_TO_LAWYER": "Sin acceso a defensa legal",
      "NO_MEDICAL_EXAMINATION": "Sin examen médico",
      "NO_INFORMATION_ON_RIGHTS": "Sin información sobre sus derechos",
      "UNRECORDED_DETENTION": "Detención sin registro",
      "USE_OF_RESTRAINTS": "Uso de medios de contención",
      "SOLITARY_CONFINEMENT": "Aislamiento",
      "STAFF_SHORTAGES": "Falta de personal",
      "NO_COMPLAINTS_MECHANISM": "Sin mecanismo de quejas",
      "NO_VIDEO_RECORDING_IN_CUSTODY": "Sin videograbación en custodia"
    }
  },
  "en": {
    "source": {
      "NPM_VISIT_REPORT": "NPM visit report",
      "NPM_THEMATIC_OR_ANNUAL_REPORT": "NPM thematic or annual report",
      "SPT_REPORT": "SPT report",
      "OTHER": "Other"
    },
    "level": {
      "PLACE": "Place-specific",
      "POLICY": "Policy",
      "LEGISLATIVE": "Legislative",
      "INSTITUTIONAL": "Institutional"
    },
    "priority": {
      "LOW": "Low",
      "MEDIUM": "Medium",
      "HIGH": "High",
      "URGENT": "Urgent"
    },
    "acceptance": {
      "PENDING": "Pending",
      "ACCEPTED": "Accepted",
      "PARTIALLY_ACCEPTED": "Partially accepted",
      "NOTED": "Noted",
      "REJECTED": "Rejected"
    },
    "status": {
      "NOT_STARTED": "Not started",
      "IN_PROGRESS": "In progress",
      "PARTIALLY_IMPLEMENTED": "Partially implemented",
      "IMPLEMENTED": "Implemented",
      "NOT_IMPLEMENTED": "Not implemented",
      "NO_LONGER_APPLICABLE": "No longer applicable"
    },
    "area": {
      "TREATMENT": "Treatment",
      "PROTECTION_MEASURES": "Protection measures",
      "MATERIAL_CONDITIONS": "Material conditions",
      "REGIME_AND_ACTIVITIES": "Regime and activities",
      "HEALTH_CARE": "Health care",
      "PERSONNEL": "Personnel"
    },
    "vulnerability": {
      "WOMEN": "Women",
      "CHILDREN": "Children",
      "PERSONS_WITH_DISABILITIES": "Persons with disabilities",
      "LGBTI": "LGBTI persons",
      "INDIGENOUS_MINORITIES": "Indigenous peoples and minorities",
      "MIGRANTS": "Migrants",
      "OLDER_PERSONS": "Older persons"
    },
    "risk": {
      "OVERCROWDING": "Overcrowding",
      "EXCESSIVE_PRETRIAL_DETENTION": "Excessive pre-trial detention",
      "CORRUPTION": "Corruption",
      "NO_FAMILY_NOTIFICATION": "No notification of family",
      "NO_ACCESS_TO_LAWYER": "No access to a lawyer",
      "NO_MEDICAL_EXAMINATION": "No medical examination",
      "NO_INFORMATION_ON_RIGHTS": "No information on rights",
      "UNRECORDED_DETENTION": "Unrecorded detention",
      "USE_OF_RESTRAINTS": "Use of restraints",
      "SOLITARY_CONFINEMENT": "Solitary confinement",
      "STAFF_SHORTAGES": "Staff shortages",
      "NO_COMPLAINTS_MECHANISM": "No complaints mechanism",
      "NO_VIDEO_RECORDING_IN_CUSTODY": "No video recording in custody"
    }
  },
  "fr": {
    "source": {
      "NPM_VISIT_REPORT": "Rapport de visite du MNP",
      "NPM_THEMATIC_OR_ANNUAL_REPORT": "Rapport thématique ou annuel du MNP",
      "SPT_REPORT": "Rapport du SPT",
      "OTHER": "Autre"
    },
    "level": {
      "PLACE": "Propre au lieu",
      "POLICY": "Politique publique",
      "LEGISLATIVE": "Législatif",
      "INSTITUTIONAL": "Institutionnel"
    },
    "priority": {
      "LOW": "Basse",
      "MEDIUM": "Moyenne",
      "HIGH": "Haute",
      "URGENT": "Urgente"
    },
    "acceptance": {
      "PENDING": "En attente",
      "ACCEPTED": "Acceptée",
      "PARTIALLY_ACCEPTED": "Partiellement acceptée",
      "NOTED": "Prise en note",
      "REJECTED": "Rejetée"
    },
    "status": {
      "NOT_STARTED": "Non commencée",
      "IN_PROGRESS": "En cours",
      "PARTIALLY_IMPLEMENTED": "Partiellement mise en œuvre",
      "IMPLEMENTED": "Mise en œuvre",
      "NOT_IMPLEMENTED": "Non mise en œuvre",
      "NO_LONGER_APPLICABLE": "Sans objet"
    },
    "area": {
      "TREATMENT": "Traitement",
      "PROTECTION_MEASURES": "Mesures de protection",
      "MATERIAL_CONDITIONS": "Conditions matérielles",
      "REGIME_AND_ACTIVITIES": "Régime et activités",
      "HEALTH_CARE": "Soins de santé",
      "PERSONNEL": "Personnel"
    },
    "vulnerability": {
      "WOMEN": "Femmes",
      "CHILDREN": "Enfants",
      "PERSONS_WITH_DISABILITIES": "Personnes handicapées",
      "LGBTI": "Personnes LGBTI",
      "INDIGENOUS_MINORITIES": "Peuples autochtones et minorités",
      "MIGRANTS": "Migrants",
      "OLDER_PERSONS": "Personnes âgées"
    },
    "risk": {
      "OVERCROWDING": "Surpopulation",
      "EXCESSIVE_PRETRIAL_DETENTION": "Détention provisoire excessive",
      "CORRUPTION": "Corruption",
      "NO_FAMILY_NOTIFICATION": "Famille non informée",
      "NO_ACCESS_TO_LAWYER": "Pas d’accès à un avocat",
      "NO_MEDICAL_EXAMINATION": "Pas d’examen médical",
      "NO_INFORMATION_ON_RIGHTS": "Pas d’information sur les droits",
      "UNRECORDED_DETENTION": "Détention non enregistrée",
      "USE_OF_RESTRAINTS": "Recours aux moyens de contention",
      "SOLITARY_CONFINEMENT": "Isolement cellulaire",
      "STAFF_SHORTAGES": "Manque de personnel",
      "NO_COMPLAINTS_MECHANISM": "Pas de mécanisme de plainte",
      "NO_VIDEO_RECORDING_IN_CUSTODY": "Pas d’enregistrement vidéo en garde à vue"
    }
  },
  "pt": {
    "source": {
      "NPM_VISIT_REPORT": "Relatório de visita do MNP",
      "NPM_THEMATIC_OR_ANNUAL_REPORT": "Relatório temático ou anual do MNP",
      "SPT_REPORT": "Relatório do SPT",
      "OTHER": "Outra"
    },
    "level": {
      "PLACE": "Específica do local",
      "POLICY": "Política pública",
      "LEGISLATIVE": "Legislativa",
      "INSTITUTIONAL": "Institucional"
    },
    "priority": {
      "LOW": "Baixa",
      "MEDIUM": "Média",
      "HIGH": "Alta",
      "URGENT": "Urgente"
    },
    "acceptance": {
      "PENDING": "Pendente",
      "ACCEPTED": "Aceita",
      "PARTIALLY_ACCEPTED": "Parcialmente aceita",
      "NOTED": "Tomada nota",
      "REJECTED": "Rejeitada"
    },
    "status": {
      "NOT_STARTED": "Não iniciada",
      "IN_PROGRESS": "Em andamento",
      "PARTIALLY_IMPLEMENTED": "Parcialmente cumprida",
      "IMPLEMENTED": "Cumprida",
      "NOT_IMPLEMENTED": "Não cumprida",
      "NO_LONGER_APPLICABLE": "Não mais aplicável"
    },
    "area": {
      "TREATMENT": "Tratamento",
      "PROTECTION_MEASURES": "Medidas de proteção",
      "MATERIAL_CONDITIONS": "Condições materiais",
      "REGIME_AND_ACTIVITIES": "Regime e atividades",
      "HEALTH_CARE": "Atenção à saúde",
      "PERSONNEL": "Pessoal"
    },
    "vulnerability": {
      "WOMEN": "Mulheres",
      "CHILDREN": "Crianças e adolescentes",
      "PERSONS_WITH_DISABILITIES": "Pessoas com deficiência",
      "LGBTI": "Pessoas LGBTI",
      "INDIGENOUS_MINORITIES": "Povos indígenas e minorias",
      "MIGRANTS": "Migrantes",
      "OLDER_PERSONS": "Pessoas idosas"
    },
    "risk": {
      "OVERCROWDING": "Superlotação",
      "EXCESSIVE_PRETRIAL_DETENTION": "Prisão provisória excessiva",
      "CORRUPTION": "Corrupção",
      "NO_FAMILY_NOTIFICATION": "Família não comunicada",
      "NO_ACCESS_TO_LAWYER": "Sem acesso a advogado",
      "NO_MEDICAL_EXAMINATION": "Sem exame médico",
      "NO_INFORMATION_ON_RIGHTS": "Sem informação sobre direitos",
      "UNRECORDED_DETENTION": "Detenção não registrada",
      "USE_OF_RESTRAINTS": "Uso de instrumentos de contenção",
      "SOLITARY_CONFINEMENT": "Isolamento",
      "STAFF_SHORTAGES": "Falta de pessoal",
      "NO_COMPLAINTS_MECHANISM": "Sem mecanismo de denúncia",
      "NO_VIDEO_RECORDING_IN_CUSTODY": "Sem gravação em vídeo na custódia"
    }
  }
} as const;
