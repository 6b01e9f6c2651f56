import type { EntityManager } from '@mikro-orm/postgresql';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { Organisation } from '@opcat/server/src/db/entities/identity.ts';
import { Finding, Recommendation } from '@opcat/server/src/db/entities/monitoring.ts';
import { appWithBrowser, signedIn } from './app-server.ts';
import type { GraphqlClient, TestServer } from './app-server.ts';
import { seriousViolations } from './axe.ts';
import { signInThroughForm } from './flows.ts';

const SHARE = /* GraphQL */ `
  mutation Share($input: ShareRecordInput!) {
    shareRecord(input: $input) {
      userErrors {
        code
      }
    }
  }
`;

/** Sets a record of the NPM to be read by the NPM alone, or shared with the CSO Voces Libres; returns ids. */
async function npmRecord(server: TestServer, entity: typeof Finding | typeof Recommendation, sharedWithCso: boolean) {
  const em = server.orm.em.fork() as EntityManager;
  const npm = await em.findOneOrFail(Organisation, { kind: 'NPM', countryCode: 'XV' });
  const cso = await em.findOneOrFail(Organisation, { name: 'Centro de Derechos Humanos Voces Libres' });
  const record = await em.findOneOrFail(
    entity as typeof Finding,
    { ownerOrganisation: npm },
    { orderBy: { id: 'asc' } },
  );
  record.classification = sharedWithCso ? 'SHARED' : 'ORGANISATION';
  record.sharedWith = sharedWithCso ? [cso.id] : [];
  await em.flush();
  return { id: record.id, title: record.title, csoId: cso.id };
}

async function share(ana: GraphqlClient, recordType: string, recordId: string, organisationIds: string[]) {
  const res = await ana.request<{ shareRecord: { userErrors: unknown[] } }>(SHARE, {
    input: { recordType, recordId, organisationIds },
  });
  expect(res.data?.shareRecord.userErrors).toEqual([]);
}

/** The shell's live indicator says the GraphQL WebSocket is up (subscriptions are sent right after). */
async function untilLive(page: Page): Promise<void> {
  await page.getByRole('status').filter({ hasText: 'En vivo' }).first().waitFor();
  // graphql-ws does not acknowledge a subscription: leave the server a moment to register it.
  await page.waitForTimeout(500);
}

async function noSidewaysScroll(page: Page): Promise<number> {
  await page.setViewportSize({ width: 390, height: 800 });
  // Let the layout settle (the shell collapses its navbar at this width).
  await page.waitForTimeout(500);
  return page.evaluate(() => document.documentElement.scrollWidth);
}

describe('live lists and pages (browser)', () => {
  const app = appWithBrowser();

  it("a CSO's open finding page says it is no longer available when the NPM withdraws the share", async () => {
    const finding = await npmRecord(app.server, Finding, true);
    const ana = await signedIn(app.server, 'ana.mnp@demo.opcat');
    const browser = await app.open('es-ES');
    const { page } = browser;
    await signInThroughForm(page, 'diego.voces@demo.opcat');
    await page.goto(`/findings/${finding.id}`);
    await page.getByRole('heading', { level: 1, name: finding.title }).waitFor();
    await untilLive(page);

    await share(ana, 'FINDING', finding.id, []);
    await page.getByTestId('record-unavailable').waitFor();
    await page.getByRole('heading', { level: 1, name: 'Este registro ya no está disponible' }).waitFor();
    // Nothing of the finding stays on screen, and no co-editing badge claims a live connection over it.
    expect(await page.getByRole('heading', { name: finding.title }).count()).toBe(0);
    expect(await page.getByTestId('connection-state').count()).toBe(0);
    expect(await page.getByText('Conectado', { exact: true }).count()).toBe(0);
    expect(await seriousViolations(page, ['main'])).toEqual([]);
    expect(browser.pageErrors).toEqual([]);
  });

  it('a list shows a record newly shared with the viewer without a reload, and drops it when withdrawn', async () => {
    const recommendation = await npmRecord(app.server, Recommendation, false);
    const ana = await signedIn(app.server, 'ana.mnp@demo.opcat');
    const browser = await app.open('es-ES');
    const { page } = browser;
    await signInThroughForm(page, 'diego.voces@demo.opcat');
    await page.goto('/recommendations');
    await page.getByRole('heading', { level: 1 }).waitFor();
    await untilLive(page);
    const row = page.getByRole('row').filter({ hasText: recommendation.title });
    expect(await row.count()).toBe(0);

    await share(ana, 'RECOMMENDATION', recommendation.id, [recommendation.csoId]);
    await row.first().waitFor();

    await share(ana, 'RECOMMENDATION', recommendation.id, []);
    await row.first().waitFor({ state: 'detached' });
    expect(browser.pageErrors).toEqual([]);
  });

  it('an admin invites a member by e-mail; the invitee opens the link from the outbox, sets a password and is signed in', async () => {
    const email = 'persona.invitada@example.org';
    let browser = await app.open('es-ES');
    let page = browser.page;
    await signInThroughForm(page, 'ana.mnp@demo.opcat');
    await page.goto('/organisation/members');
    await page.getByLabel('Correo electrónico').fill(email);
    await page.getByLabel('Nombre para mostrar').fill('Persona Invitada');
    await page.getByRole('button', { name: 'Agregar miembro' }).click();
    await page.getByText(`Se envió una invitación a ${email}`, { exact: false }).waitFor();
    // No password is ever shown on screen.
    expect(await page.getByTestId('temporary-password').count()).toBe(0);

    // No SMTP server in this run: the mail waits in the organisation's outbox, for its admins.
    await page.getByRole('link', { name: 'Abrir la bandeja de salida' }).first().click();
    await page.getByRole('heading', { level: 1, name: 'Bandeja de salida' }).waitFor();
    const mail = page.getByTestId('outbox-mail').filter({ hasText: email });
    const body = (await mail.getByTestId('outbox-body').textContent()) ?? '';
    expect(body).toContain('Ana Martínez le invita a unirse');
    const link = /(https?:\/\/\S+\/invitation#token=[A-Za-z0-9_-]{43})/.exec(body)?.[1];
    expect(link).toBeDefined();
    expect(await seriousViolations(page)).toEqual([]);
    expect(await noSidewaysScroll(page)).toBeLessThanOrEqual(390);

    // The invitee, in a browser of their own.
    browser = await app.open('es-ES');
    page = browser.page;
    await page.goto(new URL(link ?? '').pathname + new URL(link ?? '').hash);
    await page.getByRole('heading', { level: 1, name: 'Activa tu cuenta' }).waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await page.getByLabel('Contraseña nueva').fill('corta');
    await page.getByLabel('Repite la contraseña').fill('corta');
    await page.getByRole('button', { name: 'Guardar y entrar' }).click();
    await page.getByText('Al menos 12 caracteres', { exact: true }).waitFor();
    await page.getByLabel('Contraseña nueva').fill('una frase larga para entrar');
    await page.getByLabel('Repite la contraseña').fill('una frase larga para entrar');
    await page.getByRole('button', { name: 'Guardar y entrar' }).click();
    await page.waitForURL((url) => url.pathname === '/');
    await page.getByRole('navigation').first().waitFor();
    await page.getByText('Persona Invitada').first().waitFor();

    // The link is spent: opened again, it says so plainly.
    await page.context().clearCookies();
    await page.goto(new URL(link ?? '').pathname + new URL(link ?? '').hash);
    await page.getByLabel('Contraseña nueva').fill('otra frase larga distinta');
    await page.getByLabel('Repite la contraseña').fill('otra frase larga distinta');
    await page.getByRole('button', { name: 'Guardar y entrar' }).click();
    await page.getByText('Esta invitación ya se usó', { exact: false }).waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    expect(await noSidewaysScroll(page)).toBeLessThanOrEqual(390);
    expect(browser.pageErrors).toEqual([]);
  });
});
