import { describe, expect, it } from 'vitest';
import { appWithBrowser, GraphqlClient, signedIn } from './app-server.ts';
import { saveScreenshot } from './browser.ts';
import type { BrowserSession } from './browser.ts';
import { pathOf, signInThroughForm, untilSignInPage } from './flows.ts';

const MEMBERS = /* GraphQL */ `
  query Members {
    organisation {
      id
      members {
        id
        user {
          email
        }
      }
    }
  }
`;
const REMOVE_MEMBER = /* GraphQL */ `
  mutation RemoveMember($input: RemoveMemberInput!) {
    removeMember(input: $input) {
      removedMembershipId
      userErrors {
        code
      }
    }
  }
`;
const ME = 'query Me { me { user { id } } }';

interface MembersData {
  organisation: { id: string; members: { id: string; user: { email: string } }[] };
}

/** The browser's session cookie as a Cookie header, to ask the server what it still means. */
async function sessionCookie(browser: BrowserSession): Promise<string> {
  const cookies = await browser.context.cookies();
  expect(cookies).toHaveLength(1);
  const [cookie] = cookies;
  return `${cookie?.name}=${cookie?.value}`;
}

describe('sessions in the browser', () => {
  const app = appWithBrowser();

  it('after signing out, going back to / lands on the sign-in page and the old cookie is dead', async () => {
    const browser = await app.open('es-ES');
    const { page } = browser;
    await signInThroughForm(page, 'diego.voces@demo.opcat');
    const cookie = await sessionCookie(browser);

    await page.getByRole('button', { name: 'Cerrar sesión', exact: true }).click();
    await untilSignInPage(page, 'es');

    await page.goto('/');
    await untilSignInPage(page, 'es');
    // A bookmarked inner page too.
    await page.goto('/organisation/members');
    await untilSignInPage(page, 'es');
    expect(pathOf(page)).toBe('/signin');

    // Signed out on the server, not just forgotten by the page.
    const replay = await new GraphqlClient(app.server, cookie).request<{ me: unknown }>(ME);
    expect(replay.data?.me).toBeNull();
    expect(browser.pageErrors).toEqual([]);
  });

  it("an admin removing a member sends that member's open page back to sign-in, without a reload", async () => {
    const browser = await app.open('es-ES');
    const { page } = browser;
    await signInThroughForm(page, 'bruno.mnp@demo.opcat');
    // The live-updates socket is up: that is the channel the revocation arrives on.
    await page.getByRole('status').filter({ hasText: 'En vivo' }).waitFor();
    await page.evaluate(() => {
      (window as unknown as Record<string, unknown>).e2eDocumentMarker = 'same-document';
    });

    const ana = await signedIn(app.server, 'ana.mnp@demo.opcat');
    const members = await ana.request<MembersData>(MEMBERS);
    const bruno = members.data?.organisation.members.find((member) => member.user.email === 'bruno.mnp@demo.opcat');
    expect(bruno).toBeDefined();
    const removed = await ana.request<{ removeMember: { removedMembershipId: string | null } }>(REMOVE_MEMBER, {
      input: { membershipId: bruno?.id },
    });
    expect(removed.data?.removeMember.removedMembershipId).toBe(bruno?.id);

    // Nobody touches the page: the 4403 close makes it refetch, which finds no session.
    await untilSignInPage(page, 'es');
    expect(await page.evaluate(() => (window as unknown as Record<string, unknown>).e2eDocumentMarker)).toBe(
      'same-document',
    );
    await saveScreenshot(page, 'session-revoked-signin.png');
  });
});
