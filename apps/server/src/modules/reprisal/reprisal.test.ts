import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { errorCodes, signedIn, startTestServer } from '../../test/server.ts';
import type { GraphqlClient, TestServer } from '../../test/server.ts';

const FIELDS = /* GraphQL */ `
  fragment IncidentFields on ReprisalIncident {
    id
    personPseudonym
    occurredOn
    form
    status
    actionTaken
    ownerOrganisation {
      name
    }
    relatedVisit {
      id
    }
    namedUsers {
      email
    }
  }
`;
const LIST = /* GraphQL */ `
  query Incidents {
    reprisalIncidents {
      ...IncidentFields
    }
  }
  ${FIELDS}
`;
const ONE = /* GraphQL */ `
  query Incident($id: ID!) {
    reprisalIncident(id: $id) {
      ...IncidentFields
    }
  }
  ${FIELDS}
`;
const REPORT = /* GraphQL */ `
  mutation Report($input: ReportReprisalInput!) {
    reportReprisal(input: $input) {
      incident {
        ...IncidentFields
      }
      userErrors {
        field
        code
      }
    }
  }
  ${FIELDS}
`;
const UPDATE = /* GraphQL */ `
  mutation Update($input: UpdateReprisalInput!) {
    updateReprisal(input: $input) {
      incident {
        ...IncidentFields
      }
      userErrors {
        field
        code
      }
    }
  }
  ${FIELDS}
`;

interface Incident {
  id: string;
  personPseudonym: string;
  status: string;
  actionTaken: string;
  relatedVisit: { id: string } | null;
  namedUsers: { email: string }[];
}
interface Payload {
  incident: Incident | null;
  userErrors: { field: string[]; code: string }[];
}

let server: TestServer;
let ana: GraphqlClient;
let bruno: GraphqlClient;
let carmen: GraphqlClient;
const ids: Record<string, string> = {};

async function sql<T>(query: string, params: unknown[] = []): Promise<T[]> {
  return server.orm.em.fork().getConnection().execute<T[]>(query, params);
}

async function lastReprisalAudit() {
  const [row] = await sql<{
    seq: string;
    actor_user_id: string;
    subject_id: string | null;
    details: Record<string, unknown>;
  }>(
    `select seq::text as seq, actor_user_id, subject_id, details from audit_event
     where action = 'reprisal.accessed' order by audit_event.seq desc limit 1`,
  );
  return row;
}

async function countOf(table: string): Promise<number> {
  const [row] = await sql<{ n: number }>(`select count(*)::int as n from ${table}`);
  return row?.n ?? 0;
}

const report = (client: GraphqlClient, input: Record<string, unknown>) =>
  client.request<{ reportReprisal: Payload }>(REPORT, {
    input: { personPseudonym: 'Persona entrevistada Z-01', occurredOn: '2026-09-01', form: 'THREATS', ...input },
  });

beforeAll(async () => {
  server = await startTestServer();
  [ana, bruno, carmen] = await Promise.all([
    signedIn(server, 'ana.mnp@demo.opcat'),
    signedIn(server, 'bruno.mnp@demo.opcat'),
    signedIn(server, 'carmen.cndh@demo.opcat'),
  ]);
  const users = await sql<{ id: string; email: string }>('select id, email from user_account');
  for (const u of users) ids[u.email.split('@')[0] as string] = u.id;
  const visits = await sql<{ id: string; start_date: string }>('select id, start_date::text from visit');
  const visitOn = (day: string) => visits.find((v) => v.start_date === day)?.id as string;
  ids.esperanzaVisit = visitOn('2026-02-09'); // national working group: NPM and NHRI read it
  ids.npmOnlyVisit = visitOn('2026-06-15'); // ORGANISATION of the NPM
  const incidents = await sql<{ id: string; person_pseudonym: string }>(
    'select id, person_pseudonym from reprisal_incident',
  );
  ids.both = incidents.find((i) => i.person_pseudonym.endsWith('A-03'))?.id as string;
  ids.anaOnly = incidents.find((i) => i.person_pseudonym.endsWith('B-05'))?.id as string;
});

afterAll(async () => {
  await server?.close();
});

describe('reading reprisal incidents', () => {
  it('lists only the incidents naming the viewer, with all their named users, and audits the list', async () => {
    const anaList = await ana.request<{ reprisalIncidents: Incident[] }>(LIST);
    expect(anaList.errors).toBeUndefined();
    expect(anaList.data?.reprisalIncidents.map((i) => i.id).sort()).toEqual([ids.both, ids.anaOnly].sort());
    const both = anaList.data?.reprisalIncidents.find((i) => i.id === ids.both);
    expect(both?.namedUsers.map((u) => u.email)).toEqual(['ana.mnp@demo.opcat', 'bruno.mnp@demo.opcat']);
    const audit = await lastReprisalAudit();
    expect(audit?.actor_user_id).toBe(ids['ana.mnp']);
    expect(audit?.details).toMatchObject({ access: 'list' });
    expect((audit?.details.ids as string[]).sort()).toEqual([ids.both, ids.anaOnly].sort());

    const brunoList = await bruno.request<{ reprisalIncidents: Incident[] }>(LIST);
    expect(brunoList.data?.reprisalIncidents.map((i) => i.id)).toEqual([ids.both]);
  });

  it('an empty list for someone named nowhere writes no audit entry', async () => {
    const before = await lastReprisalAudit();
    const res = await carmen.request<{ reprisalIncidents: Incident[] }>(LIST);
    expect(res.data?.reprisalIncidents).toEqual([]);
    expect((await lastReprisalAudit())?.seq).toBe(before?.seq);
  });

  it('an incident is NOT_FOUND for colleagues and admins not named on it, and each read is audited', async () => {
    const denied = await bruno.request(ONE, { id: ids.anaOnly });
    expect(errorCodes(denied)).toEqual(['NOT_FOUND']);
    expect(errorCodes(await carmen.request(ONE, { id: ids.both }))).toEqual(['NOT_FOUND']);
    expect(errorCodes(await ana.request(ONE, { id: randomUUID() }))).toEqual(['NOT_FOUND']);

    const read = await ana.request<{ reprisalIncident: Incident }>(ONE, { id: ids.anaOnly });
    expect(read.data?.reprisalIncident.namedUsers.map((u) => u.email)).toEqual(['ana.mnp@demo.opcat']);
    const audit = await lastReprisalAudit();
    expect(audit?.subject_id).toBe(ids.anaOnly);
    expect(audit?.details).toMatchObject({ access: 'detail', ids: [ids.anaOnly] });
  });

  it('the related visit is null for a named user who cannot read that visit', async () => {
    const [row] = await sql<{ id: string }>(
      `insert into reprisal_incident (id, owner_organisation_id, person_pseudonym, related_visit_id, occurred_on, form,
         description, action_taken, status, created_by_id, created_at, updated_at)
       select gen_random_uuid(), m.organisation_id, 'Persona entrevistada N-01', ?, '2026-07-01', 'OTHER', '', '',
         'REPORTED', m.user_id, now(), now() from membership m where m.user_id = ? returning id`,
      [ids.npmOnlyVisit, ids['carmen.cndh']],
    );
    await sql('insert into reprisal_incident_named_user values (?, ?)', [row?.id, ids['carmen.cndh']]);
    const read = await carmen.request<{ reprisalIncident: Incident }>(ONE, { id: row?.id });
    expect(read.errors).toBeUndefined();
    expect(read.data?.reprisalIncident.relatedVisit).toBeNull();
  });
});

describe('reporting a reprisal', () => {
  it('an NPM editor reports one; the reporter is always named; it is audited', async () => {
    const res = await report(bruno, { namedUserIds: [ids['ana.mnp']], relatedVisitId: ids.esperanzaVisit });
    const incident = res.data?.reportReprisal.incident;
    expect(res.data?.reportReprisal.userErrors).toEqual([]);
    expect(incident?.namedUsers.map((u) => u.email)).toEqual(['ana.mnp@demo.opcat', 'bruno.mnp@demo.opcat']);
    expect(incident?.relatedVisit?.id).toBe(ids.esperanzaVisit);
    expect(incident?.status).toBe('REPORTED');
    const audit = await lastReprisalAudit();
    expect(audit?.details).toMatchObject({ access: 'report', ids: [incident?.id] });
    const seen = await ana.request<{ reprisalIncident: Incident }>(ONE, { id: incident?.id });
    expect(seen.data?.reprisalIncident.personPseudonym).toBe('Persona entrevistada Z-01');
  });

  it('naming someone outside the organisation, or an unknown user, is NOT_FOUND and writes nothing', async () => {
    const incidents = await countOf('reprisal_incident');
    const audit = await lastReprisalAudit();
    for (const namedUserIds of [[ids['diego.voces']], [randomUUID()]]) {
      const res = await report(ana, { namedUserIds });
      expect(res.data?.reportReprisal).toEqual({
        incident: null,
        userErrors: [{ field: ['input', 'namedUserIds'], code: 'NOT_FOUND' }],
      });
    }
    expect(await countOf('reprisal_incident')).toBe(incidents);
    expect((await lastReprisalAudit())?.seq).toBe(audit?.seq);
  });

  it('a related visit the reporter cannot read is NOT_FOUND and writes nothing', async () => {
    const incidents = await countOf('reprisal_incident');
    const res = await report(carmen, { relatedVisitId: ids.npmOnlyVisit });
    expect(res.data?.reportReprisal.userErrors).toEqual([{ field: ['input', 'relatedVisitId'], code: 'NOT_FOUND' }]);
    expect(await countOf('reprisal_incident')).toBe(incidents);
    const ok = await report(carmen, { relatedVisitId: ids.esperanzaVisit });
    expect(ok.data?.reportReprisal.incident?.relatedVisit?.id).toBe(ids.esperanzaVisit);
  });

  it('refuses future dates, e-mail-like or over-long pseudonyms', async () => {
    const future = new Date(Date.now() + 3 * 86_400_000).toISOString().slice(0, 10);
    const cases: [Record<string, unknown>, string][] = [
      [{ occurredOn: future }, 'occurredOn'],
      [{ personPseudonym: 'contacto: persona.real@example.org' }, 'personPseudonym'],
      [{ personPseudonym: 'x'.repeat(101) }, 'personPseudonym'],
      [{ personPseudonym: '   ' }, 'personPseudonym'],
    ];
    for (const [input, field] of cases) {
      const res = await report(ana, input);
      expect(res.data?.reportReprisal.userErrors, field).toEqual([{ field: ['input', field], code: 'INVALID' }]);
    }
  });

  it('contributors and State authorities cannot report: NOT_FOUND', async () => {
    for (const email of ['elena.colectivo@demo.opcat', 'fernando.minjus@demo.opcat']) {
      const client = await signedIn(server, email);
      expect(errorCodes(await report(client, {})), email).toEqual(['NOT_FOUND']);
    }
  });
});

describe('updating a reprisal', () => {
  it('a named editor updates status and action taken; it is audited', async () => {
    const res = await bruno.request<{ updateReprisal: Payload }>(UPDATE, {
      input: { id: ids.both, status: 'RESOLVED', actionTaken: 'Seguimiento cerrado tras entrevista privada.' },
    });
    expect(res.data?.updateReprisal.userErrors).toEqual([]);
    expect(res.data?.updateReprisal.incident).toMatchObject({ status: 'RESOLVED' });
    const audit = await lastReprisalAudit();
    expect(audit?.details).toMatchObject({ access: 'update', ids: [ids.both], changed: ['status', 'actionTaken'] });
  });

  it('the form is offered only to who may update: a named VIEWER reads the incident but may not update it', async () => {
    const query = 'query ($id: ID!) { reprisalIncident(id: $id) { viewerCanUpdate } }';
    type Answer = { reprisalIncident: { viewerCanUpdate: boolean } };
    const canUpdate = async () => (await bruno.request<Answer>(query, { id: ids.both })).data?.reprisalIncident;
    expect((await canUpdate())?.viewerCanUpdate).toBe(true);
    const role = async (value: string) => {
      await sql(
        `update membership set role = ? where user_id = ? and organisation_id =
         (select owner_organisation_id from reprisal_incident where id = ?)`,
        [value, ids['bruno.mnp'], ids.both],
      );
      // Changed behind the app's back: the next request finds it once the instance's actor cache has
      // heard the database's notification (decision 0038).
      await server.services.actors.barrier();
    };
    await role('VIEWER');
    try {
      expect((await canUpdate())?.viewerCanUpdate).toBe(false);
      expect(errorCodes(await bruno.request(UPDATE, { input: { id: ids.both, status: 'CLOSED' } }))).toEqual([
        'NOT_FOUND',
      ]);
    } finally {
      await role('EDITOR');
    }
  });

  it('someone not named on it gets NOT_FOUND, even an ADMIN of the owner', async () => {
    const [row] = await sql<{ id: string }>(
      `select i.id from reprisal_incident i where i.person_pseudonym = 'Persona entrevistada Z-01'
       and not exists (select 1 from reprisal_incident_named_user n where n.reprisal_incident_id = i.id and n.user_id = ?)`,
      [ids['ana.mnp']],
    );
    expect(errorCodes(await ana.request(UPDATE, { input: { id: row?.id, status: 'CLOSED' } }))).toEqual(['NOT_FOUND']);
    expect(errorCodes(await bruno.request(UPDATE, { input: { id: ids.anaOnly, status: 'CLOSED' } }))).toEqual([
      'NOT_FOUND',
    ]);
  });

  it('renaming to an outsider is NOT_FOUND and changes nothing; the updater stays named', async () => {
    const outsider = await ana.request<{ updateReprisal: Payload }>(UPDATE, {
      input: { id: ids.anaOnly, status: 'CLOSED', namedUserIds: [ids['diego.voces']] },
    });
    expect(outsider.data?.updateReprisal.userErrors).toEqual([{ field: ['input', 'namedUserIds'], code: 'NOT_FOUND' }]);
    const [unchanged] = await sql<{ status: string }>('select status from reprisal_incident where id = ?', [
      ids.anaOnly,
    ]);
    expect(unchanged?.status).toBe('REPORTED');

    const renamed = await ana.request<{ updateReprisal: Payload }>(UPDATE, {
      input: { id: ids.anaOnly, namedUserIds: [ids['bruno.mnp']] },
    });
    expect(renamed.data?.updateReprisal.incident?.namedUsers.map((u) => u.email)).toEqual([
      'ana.mnp@demo.opcat',
      'bruno.mnp@demo.opcat',
    ]);
    const brunoNow = await bruno.request<{ reprisalIncident: Incident }>(ONE, { id: ids.anaOnly });
    expect(brunoNow.errors).toBeUndefined();
  });
});
