import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { EntityManager } from '@mikro-orm/postgresql';
import { can } from '@opcat/domain';
import { loadActor } from '../../auth/load-actor.ts';
import { tokenFromCookieHeader } from '../../auth/session.ts';
import { demoUsers } from '../../db/demo-world.ts';
import { Finding, Place, Recommendation, Visit } from '../../db/entities/monitoring.ts';
import { Workplan } from '../../db/entities/workplan.ts';
import type { ShareableRecord } from '../../db/entities/shareable.ts';
import { entitledCanaries, leakedCanaries, plantCanaries } from '../../test/canary-world.ts';
import type { CanaryWorld } from '../../test/canary-world.ts';
import { seededRandom } from '../../test/query-generator.ts';
import { signedIn, startTestServer } from '../../test/server.ts';
import type { TestServer } from '../../test/server.ts';
import { recordFacts } from '../records/facts.ts';
import { recommendationFacts } from '../recommendation/facts.ts';

const WHAT_NEEDS_ME = /* GraphQL */ `
  query WhatNeedsMe {
    whatNeedsMe {
      lastVisitAt
      sharedSinceLastVisit {
        recordType
        id
        title
        ownerOrganisationName
        updatedAt
      }
      awaitingAssessment {
        id
        reference
        title
        stateStatus
        monitorStatus
      }
    }
  }
`;

interface Answer {
  whatNeedsMe: {
    lastVisitAt: string | null;
    sharedSinceLastVisit: { recordType: string; id: string }[];
    awaitingAssessment: { id: string }[];
  };
}

let server: TestServer;
let world: CanaryWorld;
let records: ShareableRecord<string>[];
let recommendations: Recommendation[];

beforeAll(async () => {
  server = await startTestServer();
  world = await plantCanaries(server, seededRandom(20261207));
  const em = server.orm.em.fork() as EntityManager;
  recommendations = await em.find(Recommendation, {});
  records = [
    ...(await em.find(Place, {})),
    ...(await em.find(Visit, {})),
    ...(await em.find(Finding, {})),
    ...recommendations,
    ...(await em.find(Workplan, {})),
  ];
}, 120_000);

afterAll(async () => {
  await server?.close();
});

describe('home: what needs me, under the canary world', () => {
  it('lists only what each demo user may read and act on, and "since my last visit" restarts after a visit', async () => {
    let sharedListed = 0;
    for (const { email } of demoUsers) {
      const client = await signedIn(server, email);
      const actor = await loadActor(
        server.orm.em.fork() as EntityManager,
        tokenFromCookieHeader(client.cookie ?? ''),
        server.env.SESSION_SECRET,
      );
      if (!actor) throw new Error(`no actor for ${email}`);
      const mine = new Set(actor.memberships.map((m) => m.organisationId));
      const entitled = entitledCanaries(actor, world.canaries);

      const first = await client.request<Answer>(WHAT_NEEDS_ME);
      expect(first.errors, email).toBeUndefined();
      expect(leakedCanaries(JSON.stringify(first.data), entitled), email).toEqual([]);
      const answer = first.data!.whatNeedsMe;
      expect(answer.lastVisitAt, email).toBeNull();

      // Shared with me: computed from every row with the policy, never from SQL.
      const expectedShared = new Set(
        records
          .filter(
            (r) =>
              r.classification === 'SHARED' &&
              r.sharedWith.some((id) => mine.has(id)) &&
              !mine.has(r.ownerOrganisation.id) &&
              can(actor, 'record:read', recordFacts(r)),
          )
          .map((r) => r.id),
      );
      expect(answer.sharedSinceLastVisit.length, email).toBe(Math.min(20, expectedShared.size));
      for (const item of answer.sharedSinceLastVisit) expect(expectedShared.has(item.id), email).toBe(true);
      sharedListed += answer.sharedSinceLastVisit.length;

      // Awaiting assessment: only recommendations of my organisations that I may assess.
      for (const item of answer.awaitingAssessment) {
        const r = recommendations.find((x) => x.id === item.id);
        expect(r && mine.has(r.ownerOrganisation.id), email).toBe(true);
        expect(can(actor, 'recommendation:assess', recommendationFacts(r!)), email).toBe(true);
      }

      const marked = await client.request<{ markHomeVisited: string }>('mutation { markHomeVisited }');
      expect(marked.errors, email).toBeUndefined();
      const second = await client.request<Answer>(WHAT_NEEDS_ME);
      expect(second.data?.whatNeedsMe.lastVisitAt, email).toBe(marked.data?.markHomeVisited);
      expect(second.data?.whatNeedsMe.sharedSinceLastVisit, email).toEqual([]);
    }
    // The canary world shares records across organisations: the list must have been exercised.
    expect(sharedListed).toBeGreaterThan(0);
  }, 120_000);
});
