import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { EntityManager } from '@mikro-orm/postgresql';
import { SsoConnection } from '../db/entities/sso.ts';
import { Organisation } from '../db/entities/identity.ts';
import { demoUsers } from '../db/demo-world.ts';
import { clientSecretAad } from '../modules/sso/client-secret.ts';
import { GraphqlClient, signedIn, startTestServer } from '../test/server.ts';
import type { TestServer } from '../test/server.ts';

/*
 * The canary scan for single sign-on (decision 0028): every demo organisation gets a connection whose
 * client id and secret are unique canaries; every demo user (and a signed-out visitor) asks for every
 * organisation's connection by every path the schema offers. A client id may show only to an ADMIN of
 * its organisation; a client secret never shows to anyone.
 */

let server: TestServer;
const planted: { organisationId: string; clientId: string; secret: string }[] = [];

const SSO_FIELDS = 'ssoConnection { id slug issuer clientId clientSecretSet allowedDomains jitRole enabled }';
const BY_ID = `query ($id: ID) { organisation(id: $id) { id viewerCanConfigureSso ${SSO_FIELDS} } }`;
const THROUGH_ME = `{ me { memberships { role organisation { id ${SSO_FIELDS} } } } ssoProviders { name slug } }`;

beforeAll(async () => {
  server = await startTestServer();
  const em = server.orm.em.fork() as EntityManager;
  const organisations = await em.find(Organisation, {});
  for (const organisation of organisations) {
    const tag = organisation.id.slice(0, 8);
    const connection = em.create(SsoConnection, {
      organisation,
      slug: `org-${tag}`,
      issuer: `https://idp-${tag}.example.org`,
      clientId: `CANARY-sso-client-${tag}`,
      clientSecretSealed: '',
      allowedDomains: [`${tag}.example.org`],
    });
    const secret = `CANARY-sso-secret-${tag}`;
    connection.clientSecretSealed = await server.services.keyRing.seal(
      em,
      organisation.id,
      secret,
      clientSecretAad(connection.id),
    );
    planted.push({ organisationId: organisation.id, clientId: connection.clientId, secret });
  }
  await em.flush();
}, 120_000);

afterAll(async () => {
  await server?.close();
});

describe('single sign-on configuration canaries', () => {
  it('a client id shows only to ADMINs of its organisation; no client secret ever shows', async () => {
    const memberships = await server.ownerOrm.em
      .fork()
      .getConnection()
      .execute<{ email: string; organisation_id: string; role: string }[]>(
        `select u.email, m.organisation_id, m.role from membership m join user_account u on u.id = m.user_id`,
      );
    const viewers: { email: string | null; client: GraphqlClient }[] = [
      { email: null, client: new GraphqlClient(server) },
      ...(await Promise.all(demoUsers.map(async (u) => ({ email: u.email, client: await signedIn(server, u.email) })))),
    ];
    let answers = 0;
    for (const { email, client } of viewers) {
      const adminOf = new Set(
        memberships.filter((m) => m.email === email && m.role === 'ADMIN').map((m) => m.organisation_id),
      );
      const bodies: string[] = [JSON.stringify(await client.request(THROUGH_ME))];
      for (const { organisationId } of planted) {
        bodies.push(JSON.stringify(await client.request(BY_ID, { id: organisationId })));
      }
      answers += bodies.length;
      const seen = bodies.join('\n');
      for (const { organisationId, clientId, secret } of planted) {
        expect(seen, `${email ?? 'signed out'} / ${organisationId}`).not.toContain(secret);
        if (!adminOf.has(organisationId)) {
          expect(seen, `${email ?? 'signed out'} reads ${clientId}`).not.toContain(clientId);
        }
      }
      // Each ADMIN does read their own organisation's connection (the scan would pass on an empty API otherwise).
      for (const organisationId of adminOf) {
        const own = planted.find((p) => p.organisationId === organisationId);
        expect(seen, `${email} reads its own connection`).toContain(own?.clientId);
      }
    }
    expect(answers).toBe(viewers.length * (planted.length + 1));
  });
});
