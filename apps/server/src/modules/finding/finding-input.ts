import { z } from 'zod';
import {
  CLASSIFICATIONS,
  FINDING_SOURCES,
  MONITORING_AREAS,
  RISK_FACTORS,
  SEVERITIES,
  VULNERABILITIES,
} from '@opcat/domain';
import { isId } from '../ids.ts';

const unique = <T>(items: T[]) => [...new Set(items)];
const text = (max: number) => z.string().trim().min(1).max(max);
const optionalText = (max: number) => z.string().trim().max(max).nullish();

/** A known risk factor written loosely ("overcrowding") becomes its code; anything else stays free text. */
function riskFactor(value: string): string {
  const code = value.toUpperCase().replace(/[\s-]+/g, '_');
  return (RISK_FACTORS as readonly string[]).includes(code) ? code : value;
}

const interviewee = z.object({
  pseudonym: text(100),
  identity: text(2000),
  contact: optionalText(2000),
  medicalNotes: optionalText(20_000),
  atRisk: z.boolean().nullish(),
  welfareCheckDueOn: z.iso.date().nullish(),
});

const findingFields = {
  title: text(300),
  monitoringArea: z.enum(MONITORING_AREAS),
  riskFactors: z.array(text(80).transform(riskFactor)).max(30, 'At most 30 risk factors').transform(unique),
  vulnerabilities: z
    .array(z.enum(VULNERABILITIES))
    .max(VULNERABILITIES.length * 2)
    .transform(unique),
  description: z.string().trim().max(50_000),
  sources: z
    .array(z.enum(FINDING_SOURCES))
    .max(FINDING_SOURCES.length * 2)
    .transform(unique),
  severity: z.enum(SEVERITIES),
  goodPractice: z.boolean(),
  interviewees: z.array(interviewee).max(200),
};

export type IntervieweeFields = z.infer<typeof interviewee>;

export const recordFindingInput = z.object({
  visitId: z.string().refine(isId, 'Unknown visit'),
  placeId: z.string().refine(isId, 'Choose one of the visit’s places'),
  title: findingFields.title,
  monitoringArea: findingFields.monitoringArea,
  riskFactors: findingFields.riskFactors.nullish(),
  vulnerabilities: findingFields.vulnerabilities.nullish(),
  description: findingFields.description.nullish(),
  sources: findingFields.sources.nullish(),
  severity: findingFields.severity,
  goodPractice: findingFields.goodPractice.nullish(),
  interviewees: findingFields.interviewees.nullish(),
  classification: z.enum(CLASSIFICATIONS).nullish(),
  workingGroupId: z.string().refine(isId, 'Unknown working group').nullish(),
});

export const updateFindingInput = z.object({
  id: z.string(),
  title: findingFields.title.nullish(),
  monitoringArea: findingFields.monitoringArea.nullish(),
  riskFactors: findingFields.riskFactors.nullish(),
  vulnerabilities: findingFields.vulnerabilities.nullish(),
  description: findingFields.description.nullish(),
  sources: findingFields.sources.nullish(),
  severity: findingFields.severity.nullish(),
  goodPractice: findingFields.goodPractice.nullish(),
  interviewees: findingFields.interviewees.nullish(),
  expectedVersion: z.number().int().min(1).nullish(),
});
