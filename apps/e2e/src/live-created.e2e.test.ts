import type { EntityManager } from '@mikro-orm/postgresql';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { Organisation, User, WorkingGroup } from '@opcat/server/src/db/entities/identity.ts';
import { VisitTeamMember } from '@opcat/server/src/db/entities/monitoring.ts';
import { appWithBrowser, signedIn } from './app-server.ts';
import type { GraphqlClient, TestServer } from './app-server.ts';
import { signInThroughForm } from './flows.ts';

const RECORD_FINDING = /* GraphQL */ `
  mutation Record($input: RecordFindingInput!) {
    recordFinding(input: $input) {
      finding {
        id
      }
      userErrors {
        code
      }
    }
  }
`;
const ISSUE = /* GraphQL */ `
  mutation Issue($input: IssueRecommendationInput!) {
    issueRecommendation(input: $input) {
      recommendation {
        id
      }
      userErrors {
        code
      }
    }
  }
`;

/** A visit of the NPM with Ana on its team, one of its places, the committee Diego's CSO belongs to, the ministry. */
async function demo(server: TestServer) {
  const em = server.orm.em.fork() as EntityManager;
  const ana = await em.findOneOrFail(User, { email: 'ana.mnp@demo.opcat' });
  const member = await em.findOneOrFail(
    VisitTeamMember,
    { user: ana },
    { populate: ['visit.places'], orderBy: { id: 'asc' } },
  );
  const group = await em.findOneOrFail(WorkingGroup, { kind: 'NPM_TECHNICAL_COMMITTEE' });
  const place = member.visit.places.getItems()[0];
  if (!place) throw new Error('demo visit without a place');
  const ministry = await em.findOneOrFail(Organisation, { name: { $like: 'Ministerio de Justicia%' } });
  return { visitId: member.visit.id, placeId: place.id, groupId: group.id, addresseeId: ministry.id };
}

/** The shell's live indicator says the GraphQL WebSocket is up. */
async function untilLive(page: Page): Promise<void> {
  await page.getByRole('status').filter({ hasText: 'En vivo' }).first().waitFor();
  // graphql-ws does not acknowledge a subscription: leave the server a moment to register it.
  await page.waitForTimeout(500);
}

async function created<T>(client: GraphqlClient, query: string, input: object, field: string): Promise<T> {
  const res = await client.request<Record<string, { userErrors: unknown[] } & T>>(query, { input });
  expect(res.errors ?? res.data?.[field]?.userErrors).toEqual([]);
  return res.data?.[field] as T;
}

describe('records created elsewhere appear in open lists (browser)', () => {
  const app = appWithBrowser();

  it("a finding and a recommendation the NPM creates for the committee appear in the CSO's open library and tracker without a reload", async () => {
    const refs = await demo(app.server);
    const ana = await signedIn(app.server, 'ana.mnp@demo.opcat');
    const browser = await app.open('es-ES');
    const { page } = browser;
    await signInThroughForm(page, 'diego.voces@demo.opcat');

    await page.getByRole('link', { name: 'Biblioteca de hallazgos' }).click();
    await page.getByRole('heading', { level: 1, name: 'Biblioteca de hallazgos' }).waitFor();
    await untilLive(page);
    const findingTitle = 'Celdas de castigo sin luz natural (en vivo)';
    await created(
      ana,
      RECORD_FINDING,
      {
        visitId: refs.visitId,
        placeId: refs.placeId,
        title: findingTitle,
        monitoringArea: 'MATERIAL_CONDITIONS',
        severity: 'HIGH',
        classification: 'WORKING_GROUP',
        workingGroupId: refs.groupId,
      },
      'recordFinding',
    );
    await page.getByTestId('findings').getByText(findingTitle).first().waitFor();

    await page.getByRole('link', { name: 'Recomendaciones' }).first().click();
    await page.getByRole('heading', { level: 1 }).waitFor();
    await untilLive(page);
    const recommendationTitle = 'Dotar de luz natural las celdas de castigo (en vivo)';
    const row = page.getByRole('row').filter({ hasText: recommendationTitle });
    expect(await row.count()).toBe(0);
    await created(
      ana,
      ISSUE,
      {
        reference: 'MNP-VIVO-1',
        title: recommendationTitle,
        source: 'NPM_VISIT_REPORT',
        addresseeId: refs.addresseeId,
        level: 'POLICY',
        priority: 'HIGH',
        issuedOn: new Date().toISOString().slice(0, 10),
        classification: 'WORKING_GROUP',
        workingGroupId: refs.groupId,
      },
      'issueRecommendation',
    );
    await row.first().waitFor();
    expect(browser.pageErrors).toEqual([]);
  });
});
