import type { GraphQLFormattedError } from 'graphql';
import { parse as parseCookie } from 'cookie';
import { SESSION_COOKIE } from '../auth/session.ts';
import { DEMO_PASSWORD } from '../db/demo-world.ts';

export interface GraphqlResponse<T> {
  status: number;
  data: T | null | undefined;
  errors: GraphQLFormattedError[] | undefined;
  /** Raw Set-Cookie headers of the response. */
  setCookies: string[];
}

/** The `code` of every error, in order: what most assertions need. */
export function errorCodes(response: { errors?: readonly GraphQLFormattedError[] | undefined }): unknown[] {
  return (response.errors ?? []).map((e) => e.extensions?.code);
}

export const SIGN_IN = /* GraphQL */ `
  mutation SignIn($input: SignInInput!) {
    signIn(input: $input) {
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

export interface SignInData {
  signIn: {
    me: { user: { id: string; email: string } } | null;
    userErrors: { field: string[]; code: string; message: string }[];
  };
}

/**
 * A tiny GraphQL-over-HTTP client with a one-cookie jar, like a browser tab: the session cookie
 * set by a response is sent with the next requests, and a cleared cookie is dropped.
 */
export class GraphqlClient {
  /** `opcat_session=<token>`, or undefined when signed out. */
  cookie: string | undefined;

  constructor(
    private readonly server: { url: string },
    cookie?: string,
  ) {
    this.cookie = cookie;
  }

  async request<T>(
    query: string,
    variables?: Record<string, unknown>,
    headers: Record<string, string> = {},
  ): Promise<GraphqlResponse<T>> {
    const res = await fetch(`${this.server.url}/graphql`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        ...(this.cookie ? { cookie: this.cookie } : {}),
        ...headers,
      },
      body: JSON.stringify({ query, variables }),
    });
    const setCookies = res.headers.getSetCookie();
    for (const header of setCookies) {
      const value = parseCookie(header)[SESSION_COOKIE];
      if (value === undefined) continue;
      this.cookie = value ? `${SESSION_COOKIE}=${value}` : undefined;
    }
    const text = await res.text();
    let body: { data?: T | null; errors?: GraphQLFormattedError[] } = {};
    try {
      body = JSON.parse(text) as typeof body;
    } catch {
      throw new Error(`non-JSON answer ${res.status} from /graphql: ${text.slice(0, 200)}`);
    }
    return { status: res.status, data: body.data, errors: body.errors, setCookies };
  }

  /** Calls `signIn` and returns the full response (the jar keeps any cookie it sets). */
  signInRaw(email: string, password: string): Promise<GraphqlResponse<SignInData>> {
    return this.request<SignInData>(SIGN_IN, { input: { email, password } });
  }

  /** Signs in (demo password by default) and returns the session cookie; throws when refused. */
  async signIn(email: string, password: string = DEMO_PASSWORD): Promise<string> {
    const res = await this.signInRaw(email, password);
    const problems = res.errors ?? res.data?.signIn.userErrors ?? [];
    if (problems.length || !this.cookie) throw new Error(`sign-in of ${email} failed: ${JSON.stringify(problems)}`);
    return this.cookie;
  }
}

/** A new client signed in as `email` with the demo password. */
export async function signedIn(server: { url: string }, email: string, password?: string): Promise<GraphqlClient> {
  const client = new GraphqlClient(server);
  await client.signIn(email, password);
  return client;
}
