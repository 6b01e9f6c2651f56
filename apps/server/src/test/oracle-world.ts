import { createHash, randomBytes } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import { CLASSIFICATIONS, cellExists, ORGANISATION_KINDS, RELATIONS, ROLES } from '@opcat/domain';
import type { Classification, OrganisationKind, Relation, Role } from '@opcat/domain';
import argon2 from 'argon2';
import { Membership, Organisation, User, WorkingGroup, WorkingGroupMember } from '../db/entities/identity.ts';
import { EvidenceAttachment, Finding, Place, Recommendation, Visit } from '../db/entities/monitoring.ts';
import { mapConcurrently } from './concurrency.ts';
import { signedIn } from './graphql-client.ts';
import type { GraphqlClient } from './graphql-client.ts';
import type { TestServer } from './server.ts';

/** Password of every account the oracle fixture creates. */
const ORACLE_PASSWORD = 'oracle-fixture-password';

/** One signed-in person: one membership in an organisation of `kind`, related to the records as `relation`. */
export interface OracleActor {
  relation: Relation;
  kind: OrganisationKind;
  role: Role;
  email: string;
  organisationId: string;
  client: GraphqlClient;
}

/** A finding and a recommendation with the same owner, classification, working group and share list. */
export interface OracleRecord {
  classification: Classification;
  ownerKind: OrganisationKind;
  findingId: string;
  recommendationId: string;
  /** Unique reference of the recommendation: searching for it counts exactly this one. */
  reference: string;
  /** The finding's only evidence attachment (text/plain). */
  evidenceId: string;
  /** The visit and place of the owner's main records (one finding/recommendation per classification). */
  visitId: string;
  placeId: string;
}

export interface OracleWorld {
  actors: OracleActor[];
  /** S: the organisations named in every record's share list (the NAMED_IN_SHARE organisations). */
  sharedWithIds: string[];
  /** The NPM of XV named in S: the only organisation an SPT-confidential record may be shared with. */
  sharedNpmId: string;
  /** The record a cell is about: owned by the actor's organisation (OWN_ORGANISATION), else by O. */
  target(classification: Classification, relation: Relation, kind: OrganisationKind): OracleRecord;
  /**
   * The record a share or reclassify cell acts on: for members of the owner organisation one used by
   * that cell only, so the changes they may make never affect another cell; for anyone else the
   * cell's target, which they must not be able to change.
   */
  recordFor(operation: 'share' | 'reclassify', classification: Classification, actor: OracleActor): OracleRecord;
  /** The records of every owner organisation, one per classification. */
  mainRecords: OracleRecord[];
}

const slug = (s: string) => s.toLowerCase().replace(/_/g, '-');

/** O for a classification: an NPM of XV, or for SPT_CONFIDENTIAL an SPT (only an SPT may own one). */
export function ownerKindOf(classification: Classification, relation: Relation, kind: OrganisationKind) {
  if (relation === 'OWN_ORGANISATION') return kind;
  return classification === 'SPT_CONFIDENTIAL' ? 'SPT' : 'NPM';
}

/**
 * Builds the oracle's fixture (see the doc comment of packages/domain/src/policy/oracle.ts) in the
 * test database through the ORM, one organisation per relation × kind with one member per role,
 * then signs every member in over HTTP.
 *
 * The owner organisations are the OWN_ORGANISATION organisations (country XV, members of W); the
 * records other relations look at are owned by the NPM one (O), or the SPT one for SPT_CONFIDENTIAL.
 */
export async function buildOracleWorld(server: TestServer): Promise<OracleWorld> {
  const em = server.orm.em.fork() as EntityManager;
  // Signing 160 people in over HTTP runs the real argon2id check; a cheap hash keeps that quick.
  const passwordHash = await argon2.hash(ORACLE_PASSWORD, { type: argon2.argon2id, memoryCost: 1024, timeCost: 1 });
  const group = em.create(WorkingGroup, {
    name: 'Oracle working group W',
    kind: 'NATIONAL_WORKING_GROUP',
    countryCode: 'XV',
  });
  const addressee = em.create(Organisation, {
    name: 'Oracle addressee authority',
    kind: 'STATE_AUTHORITY',
    countryCode: 'XV',
  });

  const organisations = new Map<string, Organisation>();
  const admins = new Map<string, User>();
  const pending: Omit<OracleActor, 'client'>[] = [];
  for (const relation of RELATIONS) {
    for (const kind of ORGANISATION_KINDS) {
      const organisation = em.create(Organisation, {
        name: `Oracle ${relation} ${kind}`,
        kind,
        countryCode: relation === 'OTHER_COUNTRY' ? 'XS' : 'XV',
        // The oracle signs its actors in with a password only.
        requireTwoFactor: false,
      });
      organisations.set(`${relation}/${kind}`, organisation);
      if (relation === 'OWN_ORGANISATION' || relation === 'SAME_WORKING_GROUP') {
        em.create(WorkingGroupMember, { workingGroup: group, organisation, role: 'MEMBER' });
      }
      for (const role of ROLES) {
        const email = `${slug(relation)}.${slug(kind)}.${slug(role)}@oracle.test`;
        const user = em.create(User, { email, displayName: email, passwordHash });
        em.create(Membership, { user, organisation, role });
        if (role === 'ADMIN') admins.set(organisation.id, user);
        pending.push({ relation, kind, role, email, organisationId: organisation.id });
      }
    }
  }
  const organisation = (relation: Relation, kind: OrganisationKind) => {
    const found = organisations.get(`${relation}/${kind}`);
    if (!found) throw new Error(`oracle world: no ${relation} ${kind}`);
    return found;
  };
  const sharedWithIds = ORGANISATION_KINDS.map((kind) => organisation('NAMED_IN_SHARE', kind).id);
  // O (the NPM) sits in a host institution, XV's SAME_COUNTRY NHRI (decision 0029): the oracle's
  // SAME_COUNTRY rows then prove over the API that the host link grants its members nothing.
  organisation('OWN_ORGANISATION', 'NPM').hostOrganisation = organisation('SAME_COUNTRY', 'NHRI');
  const sharedNpmId = organisation('NAMED_IN_SHARE', 'NPM').id;

  const owners = new Map<OrganisationKind, { visit: Visit; place: Place; spare: { visit: Visit; place: Place } }>();
  for (const kind of ORGANISATION_KINDS) {
    const owner = organisation('OWN_ORGANISATION', kind);
    const ownedBy = {
      ownerOrganisation: owner,
      createdBy: admins.get(owner.id) as User,
      countryCode: 'XV',
      classification: 'ORGANISATION' as const,
    };
    const placeAndVisit = (label: string) => {
      const place = em.create(Place, {
        ...ownedBy,
        name: `Oracle ${label} place of ${kind}`,
        type: 'PRISON',
        responsibleAuthority: addressee,
      });
      const visit = em.create(Visit, { ...ownedBy, type: 'IN_DEPTH', startDate: '2026-02-01' });
      visit.places.add(place);
      return { place, visit };
    };
    owners.set(kind, { ...placeAndVisit('main'), spare: placeAndVisit('spare') });
  }

  const makeRecord = (ownerKind: OrganisationKind, classification: Classification, main: boolean): OracleRecord => {
    const owner = organisation('OWN_ORGANISATION', ownerKind);
    const creator = admins.get(owner.id) as User;
    const where = owners.get(ownerKind);
    if (!where) throw new Error(`oracle world: no owner ${ownerKind}`);
    const { visit, place } = main ? where : where.spare;
    const shareable = {
      ownerOrganisation: owner,
      createdBy: creator,
      classification,
      workingGroup: group,
      countryCode: 'XV',
      sharedWith: sharedWithIds,
    };
    const reference = `ORC${randomBytes(5).toString('hex')}`;
    const finding = em.create(Finding, {
      ...shareable,
      visit,
      place,
      title: `Oracle finding ${ownerKind} ${classification} ${reference}`,
      monitoringArea: 'TREATMENT',
      severity: 'HIGH',
    });
    const recommendation = em.create(Recommendation, {
      ...shareable,
      reference,
      title: `Oracle recommendation ${ownerKind} ${classification}`,
      source: 'NPM_VISIT_REPORT',
      addressee,
      level: 'POLICY',
      priority: 'HIGH',
      issuedOn: '2026-03-01',
      responseDueOn: '2026-04-30',
    });
    recommendation.places.add(place);
    let evidenceId = '';
    if (main) {
      const content = Buffer.from(`evidence of ${reference}\n`);
      evidenceId = em.create(EvidenceAttachment, {
        finding,
        fileName: `${reference}.txt`,
        mimeType: 'text/plain',
        sizeBytes: content.length,
        sha256: createHash('sha256').update(content).digest('hex'),
        content,
        uploadedBy: creator,
        // The oracle is about classification: the personal-data flag has its own scan (evidence-canary.test.ts).
        containsPersonalData: false,
      }).id;
    }
    return {
      classification,
      ownerKind,
      findingId: finding.id,
      recommendationId: recommendation.id,
      reference,
      evidenceId,
      visitId: visit.id,
      placeId: place.id,
    };
  };

  const main = new Map<string, OracleRecord>();
  for (const kind of ORGANISATION_KINDS) {
    for (const classification of CLASSIFICATIONS) {
      if (cellExists(classification, 'OWN_ORGANISATION', kind)) {
        main.set(`${kind}/${classification}`, makeRecord(kind, classification, true));
      }
    }
  }
  const fresh = new Map<string, OracleRecord>();
  const freshKey = (
    operation: string,
    classification: Classification,
    a: Pick<OracleActor, 'relation' | 'kind' | 'role'>,
  ) => `${operation}/${classification}/${a.relation}/${a.kind}/${a.role}`;
  for (const operation of ['share', 'reclassify'] as const) {
    // Only members of the owner organisation get a record of their own: anyone else must leave the
    // main records unchanged (the test checks they did), so they may all try on those.
    for (const a of pending.filter((p) => p.relation === 'OWN_ORGANISATION')) {
      for (const classification of CLASSIFICATIONS) {
        if (!cellExists(classification, a.relation, a.kind)) continue;
        const ownerKind = ownerKindOf(classification, a.relation, a.kind);
        fresh.set(freshKey(operation, classification, a), makeRecord(ownerKind, classification, false));
      }
    }
  }
  await em.flush();

  const actors = await mapConcurrently(pending, 8, async (a) => ({
    ...a,
    client: await signedIn(server, a.email, ORACLE_PASSWORD),
  }));

  const target = (classification: Classification, relation: Relation, kind: OrganisationKind): OracleRecord => {
    const found = main.get(`${ownerKindOf(classification, relation, kind)}/${classification}`);
    if (!found) throw new Error(`oracle world: no record for ${classification} ${relation} ${kind}`);
    return found;
  };
  return {
    actors,
    sharedWithIds,
    sharedNpmId,
    target,
    recordFor(operation, classification, actor) {
      return (
        fresh.get(freshKey(operation, classification, actor)) ?? target(classification, actor.relation, actor.kind)
      );
    },
    mainRecords: [...main.values()],
  };
}
