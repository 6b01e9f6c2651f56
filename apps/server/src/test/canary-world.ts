import { createHash, randomBytes } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import { can } from '@opcat/domain';
import type { Actor, Classification, CoEditedKind, EvidenceFacts, RecordFacts } from '@opcat/domain';
import { Organisation, User, WorkingGroup } from '../db/entities/identity.ts';
import {
  AuthorityResponse,
  EvidenceAttachment,
  Finding,
  FollowUpActivity,
  Interviewee,
  Place,
  Recommendation,
  RecommendationStatusEntry,
  Visit,
  VisitTeamMember,
} from '../db/entities/monitoring.ts';
import { RecordComment, ReprisalIncident } from '../db/entities/reprisal.ts';
import { demoOrganisations, demoWorkingGroups } from '../db/demo-world.ts';
import { writeDocument } from '@opcat/editor';
import { appendAudit } from '../modules/audit/append-audit.ts';
import type { Random } from './query-generator.ts';
import type { TestServer } from './server.ts';

/** Who may see a planted string, in the policy's terms. */
export type CanaryGuard =
  /** Readers of the record (its responses and follow-ups share its visibility). */
  | { kind: 'record'; facts: RecordFacts }
  /** A record's comments: its discussion (owner, working group, share list), not a reader through PUBLIC or addressee. */
  | { kind: 'comments'; facts: RecordFacts }
  /** A co-edited text: readers of its record, except a recommendation's draft (its issuer's members). */
  | { kind: 'coEdited'; facts: RecordFacts; text: CoEditedKind }
  /** Personal data: readers of the finding who are on the owner's visit team. */
  | { kind: 'personal'; facts: RecordFacts; visitTeamUserIds: string[] }
  /** Reprisal incidents: the users named on them. */
  | { kind: 'reprisal'; namedUserIds: string[] }
  /** An evidence file's name (seeMetadata) or bytes (download), with or without the personal-data flag. */
  | { kind: 'evidence'; action: 'evidence:seeMetadata' | 'evidence:download'; facts: EvidenceFacts }
  /** An audit entry's details: the ADMINs of the organisations whose log it is in. */
  | { kind: 'audit'; organisationIds: string[] };

export interface Canary {
  value: string;
  guard: CanaryGuard;
}

/**
 * Every planted string looks like this, so a scan can find them in any response: a tagged string,
 * or a date in the 28th century (date fields: an interviewee's welfare-check date, one per
 * interviewee; nothing else in the world is dated after 2100).
 */
export const CANARY_PATTERN = /CANARY-[A-Z_]+-[A-Za-z]+-[0-9a-f]{10}|\b27\d\d-\d\d-\d\d\b/g;

/** What a response says when it hands out an interviewee's at-risk flag set (a boolean cannot be a canary). */
export const AT_RISK_FLAG = '"atRisk":true';

/** The canaries `actor` is entitled to see, decided by the policy module. */
export function entitledCanaries(actor: Actor, canaries: readonly Canary[]): Set<string> {
  const allowed = canaries.filter(({ guard }) => {
    switch (guard.kind) {
      case 'record':
        return can(actor, 'record:read', guard.facts);
      case 'comments':
        return can(actor, 'record:readComments', guard.facts);
      case 'coEdited':
        return can(actor, 'coEditing:read', { ...guard.facts, kind: guard.text });
      case 'personal':
        return (
          can(actor, 'record:read', guard.facts) &&
          can(actor, 'record:readPersonalData', { ...guard.facts, visitTeamUserIds: guard.visitTeamUserIds })
        );
      case 'reprisal':
        return can(actor, 'reprisal:read', { namedUserIds: guard.namedUserIds });
      case 'evidence':
        return can(actor, guard.action, guard.facts);
      case 'audit':
        return guard.organisationIds.some((organisationId) => can(actor, 'audit:read', { organisationId }));
    }
  });
  return new Set(allowed.map((c) => c.value));
}

/** Canaries in `text` that are not in `entitled`. */
export function leakedCanaries(text: string, entitled: ReadonlySet<string>): string[] {
  return [...new Set(text.match(CANARY_PATTERN) ?? [])].filter((c) => !entitled.has(c));
}

export interface CanaryWorld {
  canaries: Canary[];
  /** Co-edited documents with planted text (finding narratives, recommendation drafts). */
  coEditedDocuments: string[];
  /** Every planted evidence file, with the canary its bytes hold. */
  evidence: { id: string; findingId: string; bytesCanary: string }[];
  /** Every planted finding. */
  findingIds: string[];
  /** Ids to query with: every record, organisation, user and working group in the database. */
  ids: string[];
  /** Search terms that match canaries without being whole canaries (so an echo is never a leak). */
  searches: string[];
}

type Owner = 'npm' | 'cso1' | 'npm2' | 'spt';
const ORDINARY: Classification[] = ['PUBLIC', 'WORKING_GROUP', 'SHARED', 'ORGANISATION'];

/**
 * Plants canary strings in every text field of new records of the visit cycle, owned by demo
 * organisations, at every classification, with nested relations whose visibility differs from
 * their parent's (a PUBLIC finding of an ORGANISATION visit, a recommendation repeating an
 * SPT-confidential one, a reprisal about a visit its named users cannot read…).
 */
export async function plantCanaries(server: TestServer, random: Random): Promise<CanaryWorld> {
  const em = server.orm.em.fork() as EntityManager;
  const [organisations, users, groups] = await Promise.all([
    em.find(Organisation, {}),
    em.find(User, {}),
    em.find(WorkingGroup, {}),
  ]);
  const org = (key: string) => {
    const name = demoOrganisations.find((o) => o.key === key)?.name;
    const found = organisations.find((o) => o.name === name);
    if (!found) throw new Error(`canary world: no organisation ${key}`);
    return found;
  };
  const user = (name: string) => {
    const found = users.find((u) => u.email === `${name}@demo.opcat`);
    if (!found) throw new Error(`canary world: no user ${name}`);
    return found;
  };
  const group = (kind: string) => {
    const found = groups.find((g) => g.name === demoWorkingGroups.find((d) => d.kind === kind)?.name);
    if (!found) throw new Error(`canary world: no group ${kind}`);
    return found;
  };
  const sierraAltaAuthority = organisations.find((o) => o.kind === 'STATE_AUTHORITY' && o.countryCode === 'XS');
  if (!sierraAltaAuthority) throw new Error('canary world: no State authority of XS');

  const canaries: Canary[] = [];
  const plant = (tag: string, field: string, guard: CanaryGuard): string => {
    const value = `CANARY-${tag}-${field}-${randomBytes(5).toString('hex')}`;
    canaries.push({ value, guard });
    return value;
  };
  let dated = 0;
  /** A unique date as a canary (2700-01-01, 2700-01-02, …): for date-typed fields. */
  const plantDate = (guard: CanaryGuard): string => {
    const n = dated++;
    const value = `${2700 + Math.floor(n / 336)}-${String(1 + (Math.floor(n / 28) % 12)).padStart(2, '0')}-${String(1 + (n % 28)).padStart(2, '0')}`;
    canaries.push({ value, guard });
    return value;
  };
  const members: Record<Owner, User[]> = {
    npm: [user('ana.mnp'), user('bruno.mnp')],
    cso1: [user('diego.voces')],
    npm2: [user('lucia.mnpsa')],
    spt: [user('ines.spt')],
  };
  const groupOf: Record<Owner, WorkingGroup> = {
    npm: group('NATIONAL_WORKING_GROUP'),
    cso1: group('NPM_TECHNICAL_COMMITTEE'),
    npm2: group('REGIONAL_NETWORK'),
    spt: group('NATIONAL_WORKING_GROUP'),
  };
  const everyone = organisations.filter((o) => demoOrganisations.some((d) => d.name === o.name));

  /** The shareable columns of one record and the facts the policy sees in them. */
  const scope = (owner: Owner, classification: Classification, country: string, sptShare: Organisation[]) => {
    const sharedWith =
      classification === 'SPT_CONFIDENTIAL'
        ? sptShare.map((o) => o.id)
        : classification === 'SHARED'
          ? [...new Set(Array.from({ length: random.int(1, 3) }, () => random.pick(everyone).id))]
          : [];
    const ownerOrganisation = org(owner);
    const workingGroup = groupOf[owner];
    const columns = { ownerOrganisation, classification, countryCode: country, workingGroup, sharedWith };
    const facts: RecordFacts = {
      ownerOrganisationId: ownerOrganisation.id,
      countryCode: country,
      workingGroupId: workingGroup.id,
      classification,
      sharedWithOrganisationIds: sharedWith,
    };
    return { columns, facts, createdBy: members[owner][0] as User };
  };
  /** Mostly the set's classification, sometimes another one, so relations cross visibility lines. */
  const classOf = (main: Classification) => (random.chance(0.5) ? main : random.pick(ORDINARY));

  const sets: { owner: Owner; classification: Classification; country: string; sptShare: Organisation[] }[] = [];
  for (const classification of ORDINARY) {
    sets.push({ owner: 'npm', classification, country: 'XV', sptShare: [] });
    sets.push({ owner: 'cso1', classification, country: 'XV', sptShare: [] });
    sets.push({ owner: 'npm2', classification, country: 'XS', sptShare: [] });
  }
  for (const [country, sptShare] of [
    ['XV', [org('npm')]],
    ['XV', []],
    ['XS', [org('npm2')]],
    ['XV', [org('cso1'), org('npm2')]],
  ] as const) {
    sets.push({ owner: 'spt', classification: 'SPT_CONFIDENTIAL', country, sptShare: [...sptShare] });
  }

  const visits: { visit: Visit; facts: RecordFacts }[] = [];
  const evidence: CanaryWorld['evidence'] = [];
  const coEdited: { documentName: string; text: CoEditedKind; facts: RecordFacts }[] = [];
  const coEditedDocuments: string[] = [];
  let previous: Recommendation | null = null;
  for (const set of sets) {
    const { owner, country, sptShare } = set;
    const comment = (recordType: string, recordId: string, s: ReturnType<typeof scope>) =>
      em.create(RecordComment, {
        recordType,
        recordId,
        author: s.createdBy,
        authorOrganisation: s.columns.ownerOrganisation,
        body: plant(s.facts.classification, 'commentBody', { kind: 'comments', facts: s.facts }),
      });

    const p = scope(owner, classOf(set.classification), country, sptShare);
    const placeGuard = { kind: 'record', facts: p.facts } as const;
    const place = em.create(Place, {
      ...p.columns,
      createdBy: p.createdBy,
      name: plant(p.facts.classification, 'placeName', placeGuard),
      address: plant(p.facts.classification, 'placeAddress', placeGuard),
      region: plant(p.facts.classification, 'placeRegion', placeGuard),
      type: 'PRISON',
      responsibleAuthority: country === 'XV' ? org('ministry') : sierraAltaAuthority,
    });
    comment('PLACE', place.id, p);

    const v = scope(owner, classOf(set.classification), country, sptShare);
    const visit = em.create(Visit, {
      ...v.columns,
      createdBy: v.createdBy,
      type: owner === 'spt' ? 'SPT_REGULAR' : 'IN_DEPTH',
      startDate: '2026-05-04',
      objectives: plant(v.facts.classification, 'visitObjectives', { kind: 'record', facts: v.facts }),
    });
    visit.places.add(place);
    const candidates = members[owner];
    const team = candidates.filter(() => random.chance(0.6));
    if (team.length === 0) team.push(random.pick(candidates));
    for (const member of team) {
      em.create(VisitTeamMember, { visit, user: member, expertise: 'LAW', gender: 'UNDISCLOSED' });
    }
    comment('VISIT', visit.id, v);
    visits.push({ visit, facts: v.facts });

    const f = scope(owner, set.classification, country, sptShare);
    const findingGuard = { kind: 'record', facts: f.facts } as const;
    const c = f.facts.classification;
    const finding = em.create(Finding, {
      ...f.columns,
      createdBy: f.createdBy,
      visit,
      place,
      title: plant(c, 'findingTitle', findingGuard),
      description: plant(c, 'findingDescription', findingGuard),
      riskFactors: [plant(c, 'findingRiskFactor', findingGuard)],
      monitoringArea: 'TREATMENT',
      severity: 'HIGH',
    });
    const personal = { kind: 'personal', facts: f.facts, visitTeamUserIds: team.map((u) => u.id) } as const;
    em.create(Interviewee, {
      finding,
      pseudonym: plant(c, 'intervieweePseudonym', findingGuard),
      identity: plant(c, 'intervieweeIdentity', personal),
      contact: plant(c, 'intervieweeContact', personal),
      medicalNotes: plant(c, 'intervieweeMedicalNotes', personal),
      // At risk of reprisals: the flag and its welfare-check date are personal data (visit team only).
      atRisk: true,
      welfareCheckDueOn: plantDate(personal),
    });
    comment('FINDING', finding.id, f);
    coEdited.push({ documentName: `finding:${finding.id}`, text: 'finding', facts: f.facts });
    for (const containsPersonalData of [true, false]) {
      const facts = { ...f.facts, visitTeamUserIds: personal.visitTeamUserIds, containsPersonalData };
      const field = containsPersonalData ? 'evidencePersonal' : 'evidence';
      const bytesCanary = plant(c, `${field}Bytes`, { kind: 'evidence', action: 'evidence:download', facts });
      const content = Buffer.from(`Notas: ${bytesCanary}\n`);
      const file = em.create(EvidenceAttachment, {
        finding,
        fileName: `${plant(c, `${field}Name`, { kind: 'evidence', action: 'evidence:seeMetadata', facts })}.txt`,
        mimeType: 'text/plain',
        sizeBytes: content.length,
        sha256: createHash('sha256').update(content).digest('hex'),
        content,
        uploadedBy: f.createdBy,
        containsPersonalData,
      });
      evidence.push({ id: file.id, findingId: finding.id, bytesCanary });
    }

    const r = scope(owner, classOf(set.classification), country, sptShare);
    const addressee = country === 'XV' ? org('ministry') : sierraAltaAuthority;
    // The addressee authority reads what is addressed to it (SPT_CONFIDENTIAL keeps its own rule).
    r.facts.addresseeOrganisationId = addressee.id;
    const rc = r.facts.classification;
    const recommendationGuard = { kind: 'record', facts: r.facts } as const;
    const recommendation: Recommendation = em.create(Recommendation, {
      ...r.columns,
      createdBy: r.createdBy,
      reference: `CAN-${randomBytes(4).toString('hex')}`,
      title: plant(rc, 'recommendationTitle', recommendationGuard),
      text: plant(rc, 'recommendationText', recommendationGuard),
      theme: plant(rc, 'recommendationTheme', recommendationGuard),
      source: owner === 'spt' ? 'SPT_REPORT' : 'NPM_VISIT_REPORT',
      addressee,
      level: 'POLICY',
      priority: 'HIGH',
      issuedOn: '2026-06-01',
      responseDueOn: '2026-07-31',
      repeats: previous && random.chance(0.5) ? previous : null,
    });
    recommendation.findings.add(finding);
    recommendation.places.add(place);
    previous = recommendation;
    em.create(AuthorityResponse, {
      recommendation,
      authorOrganisation: recommendation.addressee,
      respondedOn: '2026-06-20',
      text: plant(rc, 'responseText', recommendationGuard),
      proposedTimeline: plant(rc, 'responseTimeline', recommendationGuard),
      acceptance: 'ACCEPTED',
      recordedBy: r.createdBy,
    });
    em.create(FollowUpActivity, {
      recommendation,
      kind: 'MEETING',
      happenedOn: '2026-07-01',
      outcome: plant(rc, 'followUpOutcome', recommendationGuard),
      recordedBy: r.createdBy,
    });
    em.create(RecommendationStatusEntry, {
      recommendation,
      kind: 'MONITOR_ASSESSED',
      value: 'IN_PROGRESS',
      effectiveOn: '2026-07-01',
      note: plant(rc, 'statusNote', recommendationGuard),
      recordedBy: r.createdBy,
    });
    comment('RECOMMENDATION', recommendation.id, r);
    coEdited.push({ documentName: `recommendation:${recommendation.id}`, text: 'recommendation', facts: r.facts });
  }

  const incidents: [Owner, User[]][] = [
    ['npm', [user('ana.mnp')]],
    ['npm', [user('ana.mnp'), user('bruno.mnp')]],
    ['cso1', [user('diego.voces')]],
    ['npm2', [user('lucia.mnpsa')]],
  ];
  for (const [owner, named] of incidents) {
    const guard = { kind: 'reprisal', namedUserIds: named.map((u) => u.id) } as const;
    // Often a visit the named users cannot read themselves: it must stay hidden behind the incident.
    const incident = em.create(ReprisalIncident, {
      ownerOrganisation: org(owner),
      personPseudonym: plant('REPRISAL', 'reprisalPseudonym', guard),
      relatedVisit: random.pick(visits).visit,
      occurredOn: '2026-06-10',
      form: 'THREATS',
      description: plant('REPRISAL', 'reprisalDescription', guard),
      actionTaken: plant('REPRISAL', 'reprisalActionTaken', guard),
      createdBy: named[0] as User,
    });
    for (const u of named) incident.namedUsers.add(u);
  }
  await em.flush();

  const connection = em.getConnection();
  const idRows = await connection.execute<{ id: string }[]>(
    `select id::text from place union all select id::text from visit union all select id::text from finding
     union all select id::text from recommendation union all select id::text from reprisal_incident
     union all select id::text from organisation union all select id::text from user_account
     union all select id::text from working_group union all select id::text from workplan
     union all select id::text from evidence_attachment`,
  );
  // Co-edited texts (over /collab and as `narrative`/`draftText { text html }`): the record's visibility,
  // a recommendation's draft only its issuer's.
  for (const { documentName, text: kind, facts } of coEdited) {
    const text = plant(facts.classification, kind === 'recommendation' ? 'draftText' : 'narrativeText', {
      kind: 'coEdited',
      facts,
      text: kind,
    });
    await server.services.coEditing.edit(documentName, { canary: true }, (doc) =>
      writeDocument(doc, { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text }] }] }),
    );
  }
  // An audit entry whose details name planted strings: only the logs' ADMINs may read it.
  const npmId = org('npm').id;
  await appendAudit(em, server.env.AUDIT_KEY, {
    action: 'record.exported',
    actor: null,
    subjectOrganisationId: npmId,
    details: { note: plant('ORGANISATION', 'auditDetails', { kind: 'audit', organisationIds: [npmId] }) },
  });
  coEditedDocuments.push(...coEdited.map((c) => c.documentName));
  // The demo NPM sits in a host institution (decision 0029): the NHRI, whose members (carmen, sofia)
  // must then read nothing more of the NPM's than before. The link is planted like the records.
  await em.nativeUpdate(Organisation, { id: npmId }, { hostOrganisation: org('nhri').id });

  const tagged = canaries.filter((c) => c.value.startsWith('CANARY-'));
  const suffixes = tagged.map((c) => c.value.slice(-10, -2));
  const fields = [...new Set(tagged.map((c) => c.value.split('-')[2] as string))];
  const tags = ['PUBLIC', 'WORKING_GROUP', 'SHARED', 'ORGANISATION', 'SPT_CONFIDENTIAL', 'REPRISAL'];
  const searches = [
    'CANARY',
    'canary-',
    ...tags.map((t) => `CANARY-${t}`),
    ...fields,
    ...fields.map((f) => `${f}-`),
    ...suffixes,
  ];
  const findingIds = [...new Set(evidence.map((e) => e.findingId))];
  return { canaries, evidence, findingIds, coEditedDocuments, ids: idRows.map((r) => r.id), searches };
}
