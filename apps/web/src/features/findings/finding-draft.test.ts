import { describe, expect, it } from 'vitest';
import {
  draftOfFinding,
  emptyFindingDraft,
  missingFindingFields,
  recordFindingInput,
  updateFindingInput,
  type FindingDraft,
} from './finding-draft.ts';

const labels = { OVERCROWDING: 'Hacinamiento' };

const saved = {
  title: 'Hacinamiento en el pabellón B',
  place: { id: 'place-1' },
  monitoringArea: 'MATERIAL_CONDITIONS',
  riskFactors: ['OVERCROWDING'],
  vulnerabilities: ['WOMEN'],
  sources: ['DIRECT_OBSERVATION'],
  severity: 'HIGH',
  goodPractice: false,
  description: 'Celdas para 4 con 9 personas.',
  classification: 'ORGANISATION',
  interviewees: [{ id: 'i-1', pseudonym: 'Persona A', identity: null, contact: null, medicalNotes: null }],
} as const;

describe('finding draft', () => {
  it('asks for the required fields, and for pseudonym and identity of each interviewee', () => {
    const draft: FindingDraft = {
      ...emptyFindingDraft(null),
      interviewees: [{ key: 'n1', pseudonym: 'P1', identity: '', contact: '', medicalNotes: '', atRisk: false }],
    };
    expect(missingFindingFields(draft, true)).toEqual([
      'title',
      'placeId',
      'monitoringArea',
      'severity',
      'interviewees',
    ]);
    expect(missingFindingFields(draft, false)).not.toContain('interviewees');
  });

  it('records a finding with risk factors as codes and interviewees only when allowed', () => {
    const draft: FindingDraft = {
      ...draftOfFinding(saved),
      riskFactors: ['hacinamiento', 'Falta de agua'],
      interviewees: [
        { key: 'n1', pseudonym: ' P1 ', identity: 'Nombre', contact: ' ', medicalNotes: '', atRisk: false },
      ],
    };
    const input = recordFindingInput(draft, 'visit-1', labels, true);
    expect(input).toMatchObject({
      visitId: 'visit-1',
      placeId: 'place-1',
      riskFactors: ['OVERCROWDING', 'Falta de agua'],
      interviewees: [{ pseudonym: 'P1', identity: 'Nombre', contact: null, medicalNotes: null }],
    });
    expect(recordFindingInput(draft, 'visit-1', labels, false)).not.toHaveProperty('interviewees');
  });

  it('never sends interviewees the viewer cannot see, so pseudonym-only views cannot erase personal data', () => {
    const original = draftOfFinding(saved);
    const edited = { ...original, title: 'Nuevo título' };
    const input = updateFindingInput('f-1', 3, original, edited, labels, false);
    expect(input).toMatchObject({ id: 'f-1', expectedVersion: 3, title: 'Nuevo título' });
    expect(input).not.toHaveProperty('interviewees');
  });

  it('sends interviewees on update only when the visit team changed them', () => {
    const original = draftOfFinding({ ...saved, interviewees: [{ ...saved.interviewees[0], identity: 'N. N.' }] });
    expect(updateFindingInput('f-1', 1, original, original, labels, true)).not.toHaveProperty('interviewees');
    const changed = {
      ...original,
      interviewees: [
        ...original.interviewees,
        { key: 'n', pseudonym: 'B', identity: 'X', contact: '', medicalNotes: '', atRisk: true },
      ],
    };
    expect(updateFindingInput('f-1', 1, original, changed, labels, true).interviewees).toHaveLength(2);
  });
});
