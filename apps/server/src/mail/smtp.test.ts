import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';
import { simpleParser } from 'mailparser';
import type { ParsedMail } from 'mailparser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signedIn, startTestServer } from '../test/server.ts';
import type { GraphqlClient, TestServer } from '../test/server.ts';
import { acceptInvitation, invitationToken, INVITED_PASSWORD } from '../test/invitations.ts';
import { jobEvents, startExtraRunner } from '../test/jobs.ts';

/** A real SMTP server (the `smtp-server` package) on a free loopback port, keeping what it receives. */
async function startSmtp(options: { refuseFirst?: string } = {}) {
  const received: { to: string[]; raw: string; parsed: ParsedMail }[] = [];
  const waiters: (() => void)[] = [];
  let refused = false;
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    onRcptTo(address, _session, callback) {
      // A transient refusal, once: the job must retry and deliver exactly one copy.
      if (options.refuseFirst === address.address && !refused) {
        refused = true;
        const error = new Error('try again later') as Error & { responseCode: number };
        error.responseCode = 451;
        return callback(error);
      }
      callback();
    },
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('end', () => {
        const raw = Buffer.concat(chunks).toString('utf8');
        void simpleParser(raw).then((parsed) => {
          received.push({ to: session.envelope.rcptTo.map((r) => r.address), raw, parsed });
          for (const wake of waiters.splice(0)) wake();
          callback();
        });
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.server.address() as AddressInfo).port;
  return {
    url: `smtp://127.0.0.1:${port}`,
    received,
    refused: () => refused,
    /** Resolves with the first message to `address` (waiting for it). */
    async messageTo(address: string, timeoutMs = 20_000): Promise<ParsedMail> {
      const deadline = Date.now() + timeoutMs;
      for (;;) {
        const found = received.find((m) => m.to.includes(address));
        if (found) return found.parsed;
        if (Date.now() > deadline) throw new Error(`no mail to ${address}`);
        await new Promise<void>((resolve) => {
          waiters.push(resolve);
          setTimeout(resolve, 250);
        });
      }
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

const ADD = /* GraphQL */ `
  mutation Add($input: AddMemberInput!) {
    addMember(input: $input) {
      invitationSent
      userErrors {
        code
      }
    }
  }
`;
interface AddData {
  addMember: { invitationSent: boolean; userErrors: { code: string }[] };
}

/** The stored state of the mail to `address`, once the delivery job has marked it `status`. */
async function mailRowOnce(address: string, status: string) {
  type Row = { id: string; status: string; text_body: string | null; html_body: string | null };
  for (let i = 0; ; i++) {
    const rows = await server.orm.em
      .fork()
      .getConnection()
      .execute<Row[]>(`select id, status, text_body, html_body from mail_message where to_address = ?`, [address]);
    if (rows[0]?.status === status || i >= 100) return rows;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

let smtp: Awaited<ReturnType<typeof startSmtp>>;
let server: TestServer;
let ana: GraphqlClient;
let npmId: string;

beforeAll(async () => {
  smtp = await startSmtp({ refuseFirst: 'retry.me@example.org' });
  server = await startTestServer({ env: { SMTP_URL: smtp.url, MAIL_FROM: 'opcat-hub <hub@example.org>' } });
  ana = await signedIn(server, 'ana.mnp@demo.opcat');
  const me = await ana.request<{ me: { memberships: { organisation: { id: string } }[] } }>(
    '{ me { memberships { organisation { id } } } }',
  );
  npmId = me.data?.me.memberships[0]?.organisation.id ?? '';
}, 60_000);

afterAll(async () => {
  await server?.close();
  await smtp?.close();
});

async function invite(email: string, locale: string) {
  const res = await ana.request<AddData>(ADD, {
    input: { organisationId: npmId, email, displayName: 'Invited Person', role: 'VIEWER', locale },
  });
  expect(res.data?.addMember).toEqual({ invitationSent: true, userErrors: [] });
}

describe('e-mail over SMTP (a real smtp-server)', () => {
  it('the invitation arrives in Spanish for a Spanish invitee, plain text and HTML, and its link signs them in', async () => {
    await invite('nueva.es@example.org', 'es');
    const mail = await smtp.messageTo('nueva.es@example.org');
    expect(mail.subject).toMatch(/^Invitación a .+ en opcat-hub$/);
    expect(mail.from?.text).toContain('hub@example.org');
    expect(mail.text).toContain('Ana Martínez le invita a unirse a');
    expect(mail.text).toContain('Elegir mi contraseña: http://localhost:');
    expect(mail.html).toContain('<html lang="es">');
    expect(mail.html).toContain('Elegir mi contraseña</a>');
    expect(mail.text).not.toMatch(/Choose my password/);
    const token = invitationToken(mail.text ?? '');
    expect(token).not.toBeNull();
    const { res } = await acceptInvitation(server, token ?? '', INVITED_PASSWORD);
    expect(res.data?.acceptInvitation.me?.user.email).toBe('nueva.es@example.org');
  });

  it('the invitation arrives in English for an English invitee', async () => {
    await invite('new.en@example.org', 'en');
    const mail = await smtp.messageTo('new.en@example.org');
    expect(mail.subject).toMatch(/^Invitation to .+ on opcat-hub$/);
    expect(mail.text).toContain('Ana Martínez invites you to join');
    expect(mail.text).toContain('Choose my password: http://localhost:');
    expect(mail.html).toContain('<html lang="en">');
    expect(mail.text).not.toContain('Elegir mi contraseña');
  });

  it('a sent mail is marked SENT and its body (with the link) is no longer kept in the database', async () => {
    await smtp.messageTo('new.en@example.org');
    const rows = await mailRowOnce('new.en@example.org', 'SENT');
    expect(rows.map(({ status, text_body, html_body }) => ({ status, text_body, html_body }))).toEqual([
      { status: 'SENT', text_body: null, html_body: null },
    ]);
  });

  it('a transient SMTP refusal is retried by the job and exactly one copy arrives', async () => {
    const events = jobEvents();
    const extra = await startExtraRunner(server, events);
    try {
      await invite('retry.me@example.org', 'pt');
      const mail = await smtp.messageTo('retry.me@example.org', 25_000);
      expect(smtp.refused()).toBe(true);
      expect(mail.subject).toMatch(/^Convite para .+ no opcat-hub$/);
      expect(mail.text).toContain('Escolher minha senha');
      // Delivering it again (a job that ran twice) sends nothing more.
      const [row] = await mailRowOnce('retry.me@example.org', 'SENT');
      expect(row?.status).toBe('SENT');
      await server.services.mail.deliver(server.orm.em.fork(), row?.id ?? '');
      await new Promise((resolve) => setTimeout(resolve, 300));
      expect(smtp.received.filter((m) => m.to.includes('retry.me@example.org'))).toHaveLength(1);
    } finally {
      await extra.stop();
    }
  }, 40_000);

  it('a rolled-back write sends no mail', async () => {
    // An invitation for a person already in the organisation is refused: nothing is queued.
    const before = smtp.received.length;
    const res = await ana.request<AddData>(ADD, {
      input: { organisationId: npmId, email: 'bruno.mnp@demo.opcat', displayName: 'B', role: 'VIEWER' },
    });
    expect(res.data?.addMember.userErrors).toEqual([{ code: 'ALREADY_MEMBER' }]);
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(smtp.received.length).toBe(before);
  });
});
