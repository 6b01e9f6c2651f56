import type { MikroORM } from '../db/orm.ts';
import { GraphqlClient } from './graphql-client.ts';
import type { GraphqlResponse } from './graphql-client.ts';

export const ACCEPT_INVITATION = /* GraphQL */ `
  mutation Accept($input: AcceptInvitationInput!) {
    acceptInvitation(input: $input) {
      me {
        user {
          id
          email
        }
      }
      userErrors {
        field
        code
        message
      }
    }
  }
`;
export interface AcceptData {
  acceptInvitation: {
    me: { user: { id: string; email: string } } | null;
    userErrors: { field: string[]; code: string; message: string }[];
  };
}

/** The token of an invitation link in a text or HTML body. */
export function invitationToken(body: string): string | null {
  return /#token=([A-Za-z0-9_-]{43})/.exec(body)?.[1] ?? null;
}

/** The newest invitation e-mail to `email` in the stored mail (the outbox when no SMTP server is set). */
export async function invitationTokenFor(orm: MikroORM, email: string): Promise<string> {
  const rows = await orm.em
    .fork()
    .getConnection()
    .execute<{ text_body: string | null }[]>(
      `select text_body from mail_message where to_address = ? and template = 'invitation' order by created_at desc limit 1`,
      [email],
    );
  const token = invitationToken(rows[0]?.text_body ?? '');
  if (!token) throw new Error(`no invitation e-mail to ${email}`);
  return token;
}

/** Accepts an invitation with a fresh client, which keeps the session cookie it receives. */
export async function acceptInvitation(
  server: { url: string },
  token: string,
  password: string,
): Promise<{ client: GraphqlClient; res: GraphqlResponse<AcceptData> }> {
  const client = new GraphqlClient(server);
  const res = await client.request<AcceptData>(ACCEPT_INVITATION, { input: { token, password } });
  return { client, res };
}

/** A password that satisfies the account rules, for invited people in tests. */
export const INVITED_PASSWORD = 'a long invited passphrase';
