import type { Resolvers } from '../../__generated__/resolvers-types.ts';
import { guarded } from '../guard.ts';
import { coEditedText } from '../../modules/co-editing/live-document.ts';
import { shareableFields } from './records.ts';
import {
  findingInterviewees,
  findingPlace,
  findingRecommendations,
  findingVisit,
} from '../../modules/finding/finding-relations.ts';
import {
  evidenceAbilities,
  evidenceDownloadUrl,
  findingEvidence,
  withheldEvidenceCount,
} from '../../modules/finding/evidence-access.ts';
import { servedFileName } from '../../modules/finding/evidence-file-name.ts';
import { getFinding, listFindings } from '../../modules/finding/list-findings.ts';
import { findingFacets } from '../../modules/finding/finding-facets.ts';
import { personalField, sealedPersonalField, viewerReadsPersonalData } from '../../modules/finding/personal-data.ts';
import { recordFinding } from '../../modules/finding/record-finding.ts';
import { setEvidencePersonalData } from '../../modules/finding/set-evidence-personal-data.ts';
import { updateFinding } from '../../modules/finding/update-finding.ts';

export const findingResolvers: Resolvers = {
  Query: {
    findings: guarded((_, { filter, sort, limit, after }, ctx) => listFindings(ctx, filter, sort, limit, after)),
    finding: guarded((_, { id }, ctx) => getFinding(ctx, id)),
    findingFacets: guarded((_, { filter }, ctx) => findingFacets(ctx, filter)),
  },
  Mutation: {
    recordFinding: guarded((_, { input }, ctx) => recordFinding(ctx, input)),
    updateFinding: guarded((_, { input }, ctx) => updateFinding(ctx, input)),
    setEvidencePersonalData: guarded((_, { input }, ctx) => setEvidencePersonalData(ctx, input)),
  },
  Finding: {
    ...shareableFields,
    narrative: (finding) => coEditedText('finding', finding),
    visit: (finding, _, ctx) => findingVisit(ctx, finding),
    place: (finding, _, ctx) => findingPlace(ctx, finding),
    recommendations: (finding, args, ctx) => findingRecommendations(ctx, finding, args),
    interviewees: (finding, _, ctx) => findingInterviewees(ctx, finding),
    evidence: (finding, _, ctx) => findingEvidence(ctx, finding),
    withheldEvidenceCount: (finding, _, ctx) => withheldEvidenceCount(ctx, finding),
    viewerCanReadPersonalData: (finding, _, ctx) => viewerReadsPersonalData(ctx, finding),
  },
  Interviewee: {
    identity: (person, _, ctx) => sealedPersonalField(ctx, person, 'identity'),
    contact: (person, _, ctx) => sealedPersonalField(ctx, person, 'contact'),
    medicalNotes: (person, _, ctx) => sealedPersonalField(ctx, person, 'medicalNotes'),
    atRisk: (person, _, ctx) => personalField(ctx, person, (p) => p.atRisk),
    welfareCheckDueOn: (person, _, ctx) => personalField(ctx, person, (p) => p.welfareCheckDueOn),
  },
  EvidenceAttachment: {
    fileName: (attachment) => servedFileName(attachment),
    viewerCan: (attachment, _, ctx) => evidenceAbilities(ctx, attachment),
    downloadUrl: (attachment) => evidenceDownloadUrl(attachment),
  },
};
