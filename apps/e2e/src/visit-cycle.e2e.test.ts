import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { startAppServer } from './app-server.ts';
import type { TestServer } from './app-server.ts';
import { openBrowser, saveScreenshot } from './browser.ts';
import type { BrowserSession } from './browser.ts';
import { storedText } from '@opcat/server/src/test/co-edited-text.ts';
import {
  chooseOption,
  editorBlocks,
  htmlLang,
  labelled,
  fillDate,
  localDate,
  spanishDate,
  pathOf,
  rowHeaderLinks,
  signInThroughForm,
  tableRows,
  cardField,
  untilCollabConnected,
} from './flows.ts';

// The demo world (apps/server/src/db/demo-world.ts, demo-monitoring-*.ts) as the pages name it.
const NPM = 'Mecanismo Nacional de Prevención de la Tortura (Defensoría del Pueblo de Costa Verde)';
const MINISTRY = 'Ministerio de Justicia y Sistema Penitenciario';
const NATIONAL_GROUP = 'Grupo de Trabajo Nacional para la Prevención de la Tortura';
/** The national working group's members: who reads a record classified for that group. */
const NATIONAL_GROUP_MEMBERS = [
  NPM,
  'Comisión Nacional de Derechos Humanos de Costa Verde',
  'Centro de Derechos Humanos Voces Libres',
  'Colectivo por la Dignidad de las Personas Privadas de Libertad',
  MINISTRY,
  'Policía Nacional de Costa Verde',
  'Oficina Regional del ACNUDH para América Central',
  'Alianza Internacional para la Prevención de la Tortura',
];
const PLACE = 'Hospital Psiquiátrico Nacional';
// SPT-confidential demo records: the SPT's visit to Costa Verde, one of its findings, one of its recommendations.
const SPT_FINDING = 'Internaciones involuntarias sin revisión judicial';
const SPT_RECOMMENDATION = 'SPT-XV-2026-02';
/** The SPT recommendation whose publication the State authorised: PUBLIC, so every reader sees it. */
const SPT_AUTHORISED = 'SPT-XV-2026-03';
const SPT_RECOMMENDATION_TITLE = 'Revisión judicial de las internaciones involuntarias';

// What the monitor writes in this walk.
const FINDING_TITLE = 'Habitaciones de aislamiento sin ventilación ni luz natural';
const REFERENCE = 'MNP-2026-E2E-01';
const RECOMMENDATION_TITLE = 'Clausurar las habitaciones de aislamiento sin ventilación';
const DRAFT = 'Clausurar las habitaciones de aislamiento sin ventilación en un plazo de seis meses.';
const PSEUDONYM = 'Persona entrevistada H-09';
const IDENTITY = 'Identidad ficticia E2E 7731 (no corresponde a ninguna persona real)';
const CONTACT = 'Contacto ficticio E2E: por medio de su hermana';
const MEDICAL_NOTES = 'Nota clínica ficticia E2E: deshidratación leve tras 48 horas de aislamiento.';
const RESPONSE_TEXT = 'El Ministerio ordenó cerrar las dos habitaciones y habilitar un espacio ventilado.';
const PROPOSED_TIMELINE = 'Cierre inmediato; nuevo espacio en seis meses.';
const NARRATIVE = 'La dirección atribuye el uso de estas habitaciones a la falta de personal nocturno (E2E-5208).';

/** The organisation names listed in a "who can see this" panel (each item is a kind badge + the name). */
async function organisationsWithAccess(panel: Locator): Promise<string[]> {
  const items = await panel
    .getByRole('list', { name: /^Organizaciones con acceso/ })
    .getByRole('listitem')
    .all();
  return Promise.all(items.map(async (item) => (await item.locator('p').last().textContent())?.trim() ?? ''));
}

/** The step the visit's lifecycle stepper marks as current. */
async function currentVisitStep(page: Page): Promise<string> {
  const step = page.getByRole('region', { name: 'Etapas de la visita' }).locator('[aria-current="step"]');
  return (await step.textContent()) ?? '';
}

/** The references of the tracker's rows: the link that opens each (in its row header, above the title). */
function trackerReferences(page: Page): Promise<string[]> {
  return rowHeaderLinks(page.getByTestId('recommendations'));
}

/** The first number of the tracker's summary: how many recommendations the current view holds. */
async function trackerTotal(page: Page): Promise<string> {
  const summary = page.getByRole('region', { name: /^(Resumen de la vista actual|Summary of the current view)$/ });
  return ((await summary.getByText(/^\d+$/).first().textContent()) ?? '').trim();
}

describe('the visit cycle in the browser', () => {
  let server: TestServer;
  /** Ana (NPM ADMIN): plans, records, issues; her page stays open for the whole walk. */
  let ana: BrowserSession;
  let visitUrl = '';
  let findingUrl = '';
  let recommendationUrl = '';

  beforeAll(async () => {
    server = await startAppServer();
    ana = await openBrowser({ baseURL: server.url, locale: 'es-ES' });
    await signInThroughForm(ana.page, 'ana.mnp@demo.opcat');
  });
  afterAll(async () => {
    await ana?.close();
    await server?.close();
  });

  it('an NPM admin plans an unannounced visit to a place of the register and moves it on site', async () => {
    const { page } = ana;
    await page.getByRole('navigation', { name: 'Navegación principal' }).getByRole('link', { name: 'Lugares' }).click();
    await page.getByRole('heading', { level: 1, name: 'Lugares de privación de libertad' }).waitFor();
    await page.getByTestId('places').getByRole('link', { name: PLACE, exact: true }).click();
    await page.getByRole('heading', { level: 1, name: PLACE }).waitFor();
    await page.getByRole('link', { name: 'Planificar una visita' }).click();

    const form = page.getByRole('form', { name: 'Planificar una visita' });
    await form.waitFor();
    // The place comes from the register's page, already chosen.
    await form.getByText(`${PLACE} (Distrito Capital)`, { exact: true }).waitFor();
    await chooseOption(page, labelled(form, 'Tipo de visita'), 'Visita temática');
    await fillDate(labelled(form, 'Fecha de inicio'), localDate(14));
    await fillDate(labelled(form, 'Fecha de fin'), localDate(15));
    expect(await form.getByRole('switch', { name: 'Visita anunciada' }).isChecked()).toBe(false);
    await labelled(form, 'Objetivos').fill(
      'Verificar el uso del aislamiento y de la contención en el pabellón de agudos.',
    );

    await chooseOption(page, labelled(form, 'Agregar a una persona'), 'Ana Martínez');
    await form.getByRole('button', { name: 'Agregar', exact: true }).click();
    await chooseOption(page, labelled(form, 'Agregar a una persona'), 'Bruno Quispe');
    await form.getByRole('button', { name: 'Agregar', exact: true }).click();
    await chooseOption(page, form.getByLabel('Especialidad de Ana Martínez'), 'Derecho');
    await chooseOption(page, form.getByLabel('Género de Ana Martínez'), 'Mujer');
    await chooseOption(page, form.getByLabel('Especialidad de Bruno Quispe'), 'Medicina');
    await chooseOption(page, form.getByLabel('Género de Bruno Quispe'), 'Hombre');
    expect(await form.getByRole('radio', { name: 'Ana Martínez coordina la visita' }).isChecked()).toBe(true);

    await chooseOption(page, labelled(form, 'Clasificación'), /^Grupo de trabajo/);
    await chooseOption(page, labelled(form, 'Grupo de trabajo'), NATIONAL_GROUP);
    await form.getByRole('button', { name: 'Planificar la visita' }).click();

    await page.waitForURL((url) => /^\/visits\/[^/]+$/.test(url.pathname) && url.pathname !== '/visits/new');
    visitUrl = pathOf(page);
    await page.getByRole('heading', { level: 1, name: `Visita a ${PLACE}` }).waitFor();
    expect(await currentVisitStep(page)).toContain('Planificada');
    await page.getByText('No anunciada', { exact: true }).waitFor();
    await page.getByText('Visita temática', { exact: true }).waitFor();
    const team = page.getByTestId('visit-team');
    expect(await team.textContent()).toContain('Ana Martínez');
    expect(await team.textContent()).toContain('Derecho · Mujer');
    expect(await team.textContent()).toContain('Bruno Quispe');

    await page.getByRole('button', { name: 'Pasar a: En el lugar' }).click();
    await page.getByRole('button', { name: 'Volver a: Planificada' }).waitFor();
    expect(await currentVisitStep(page)).toContain('En el lugar');
    // Saved, not just drawn: a reload shows the same stage.
    await page.reload();
    await page.getByRole('heading', { level: 1, name: `Visita a ${PLACE}` }).waitFor();
    expect(await currentVisitStep(page)).toContain('En el lugar');
    expect(ana.pageErrors).toEqual([]);
  });

  it('she records a finding with an interviewee and sees which organisations can read it', async () => {
    const { page } = ana;
    await page.goto(visitUrl);
    await page.getByRole('link', { name: 'Registrar un hallazgo' }).click();
    const form = page.getByRole('form', { name: 'Registrar un hallazgo' });
    await form.waitFor();

    await labelled(form, 'Título').fill(FINDING_TITLE);
    // The visit has one place: the finding is about it.
    expect(await labelled(form, 'Lugar').inputValue()).toBe(PLACE);
    await chooseOption(page, labelled(form, 'Área de monitoreo'), 'Condiciones materiales');
    await chooseOption(page, labelled(form, 'Gravedad'), 'Alta');
    const sources = labelled(form, 'Fuentes');
    await chooseOption(page, sources, 'Observación directa');
    await chooseOption(page, sources, 'Personas privadas de libertad');
    await sources.press('Escape');
    await labelled(form, 'Descripción').fill(
      'Dos habitaciones de aislamiento sin ventana ni ventilación; temperatura interior superior a 35 °C.',
    );
    await chooseOption(page, labelled(form, 'Clasificación'), /^Grupo de trabajo/);
    // The visit's working group is proposed for a working-group finding.
    expect(await labelled(form, 'Grupo de trabajo').inputValue()).toBe(NATIONAL_GROUP);

    await form.getByRole('button', { name: 'Agregar una persona entrevistada' }).click();
    await labelled(form, 'Seudónimo de la persona 1').fill(PSEUDONYM);
    await labelled(form, 'Identidad de la persona 1').fill(IDENTITY);
    await labelled(form, 'Contacto de la persona 1').fill(CONTACT);
    await labelled(form, 'Notas médicas de la persona 1').fill(MEDICAL_NOTES);
    await form.getByRole('button', { name: 'Guardar el hallazgo' }).click();

    await page.waitForURL((url) => url.pathname.startsWith('/findings/'));
    findingUrl = pathOf(page);
    await page.getByRole('heading', { level: 1, name: FINDING_TITLE }).waitFor();
    await page.getByText('Alta', { exact: true }).first().waitFor();

    // Ana is on the visit team: she reads the personal data, marked as such.
    const interviewee = page.getByTestId('interviewee');
    await interviewee.waitFor();
    const shown = (await interviewee.textContent()) ?? '';
    expect(shown).toContain(PSEUDONYM);
    expect(shown).toContain(IDENTITY);
    expect(shown).toContain(CONTACT);
    expect(shown).toContain(MEDICAL_NOTES);
    await page.getByTestId('personal-data-note').first().waitFor();

    const panel = page.getByRole('region', { name: '¿Quién puede ver esto?' });
    expect(await panel.textContent()).toContain(NATIONAL_GROUP);
    await panel.getByRole('list', { name: `Organizaciones con acceso (${NATIONAL_GROUP_MEMBERS.length})` }).waitFor();
    expect((await organisationsWithAccess(panel)).sort()).toEqual([...NATIONAL_GROUP_MEMBERS].sort());
    // Working-group members only: neither the SPT nor the other country's NPM.
    expect(await panel.textContent()).not.toContain('Subcomité');
    expect(await panel.textContent()).not.toContain('Sierra Alta');

    // She starts the finding's narrative in the live editor: stored at once, there after a reload.
    await untilCollabConnected(page);
    const narrative = page.getByRole('textbox', { name: 'Texto de la narrativa del hallazgo' });
    await narrative.click();
    await page.keyboard.type(NARRATIVE);
    const documentName = `finding:${findingUrl.split('/').at(-1)}`;
    await expect.poll(async () => (await storedText(server, documentName)).text).toBe(NARRATIVE);
    await page.reload();
    await untilCollabConnected(page);
    await expect.poll(() => editorBlocks(narrative)).toEqual([NARRATIVE]);

    // The visit lists its new finding.
    await page.goto(visitUrl);
    await page.getByRole('heading', { name: 'Hallazgos (1)' }).waitFor();
    await page.getByTestId('findings').getByRole('link', { name: FINDING_TITLE }).waitFor();
    expect(ana.pageErrors).toEqual([]);
  });

  it('she issues a recommendation on that finding to the Ministry and finds it in the tracker with its filters', async () => {
    const { page } = ana;
    const nav = page.getByRole('navigation', { name: 'Navegación principal' });
    await nav.getByRole('link', { name: 'Recomendaciones' }).click();
    await page.getByRole('link', { name: 'Emitir una recomendación' }).click();
    const form = page.getByRole('form', { name: 'Emitir una recomendación' });
    await form.waitFor();

    await labelled(form, 'Referencia').fill(REFERENCE);
    await chooseOption(page, labelled(form, 'Autoridad destinataria'), MINISTRY);
    await labelled(form, 'Título').fill(RECOMMENDATION_TITLE);
    await labelled(form, 'Texto de la recomendación').fill(
      'Clausurar de inmediato las habitaciones de aislamiento sin ventilación y revisar su uso.',
    );
    await labelled(form, 'Tema').fill('Aislamiento');
    await chooseOption(page, labelled(form, 'Prioridad'), 'Alta');
    await fillDate(labelled(form, 'Fecha meta'), localDate(180));
    const findings = labelled(form, 'Hallazgos vinculados');
    await chooseOption(page, findings, `${FINDING_TITLE} · ${PLACE}`, { search: 'ventilación' });
    await findings.press('Escape');
    const places = labelled(form, 'Lugares de privación de libertad vinculados');
    await chooseOption(page, places, `${PLACE} · Distrito Capital`, { search: 'Psiquiátrico' });
    await places.press('Escape');
    await chooseOption(page, labelled(form, 'Clasificación'), /^Grupo de trabajo/);
    await chooseOption(page, labelled(form, 'Grupo de trabajo'), NATIONAL_GROUP);
    await form.getByRole('button', { name: 'Emitir la recomendación' }).click();

    await page.waitForURL(
      (url) => /^\/recommendations\/[^/]+$/.test(url.pathname) && url.pathname !== '/recommendations/new',
    );
    recommendationUrl = pathOf(page);
    await page.getByRole('heading', { level: 1, name: RECOMMENDATION_TITLE }).waitFor();
    const links = page.getByRole('region', { name: 'Vínculos' });
    await links.getByRole('link', { name: FINDING_TITLE }).waitFor();
    await links.getByRole('link', { name: PLACE }).waitFor();

    // The wording is settled in the co-edited draft, then adopted as the recommendation's text.
    await untilCollabConnected(page);
    const draft = page.getByRole('textbox', { name: 'Borrador del texto de la recomendación' });
    await draft.click();
    await page.keyboard.type(DRAFT);
    await expect.poll(() => editorBlocks(draft)).toEqual([DRAFT]);
    const textCard = page.getByRole('region', { name: 'Recomendación', exact: true });
    await textCard.getByRole('button', { name: 'Reemplazar el texto por el borrador' }).click();
    await textCard.getByRole('button', { name: 'Confirmar' }).click();
    await textCard.getByText(DRAFT, { exact: true }).waitFor();

    await nav.getByRole('link', { name: 'Recomendaciones' }).click();
    await page.getByTestId('recommendations').waitFor();
    const filters = page.getByRole('region', { name: 'Filtros' });
    await labelled(filters, 'Buscar').fill('habitaciones de aislamiento');
    await expect.poll(() => trackerReferences(page)).toEqual([REFERENCE]);
    await chooseOption(page, labelled(filters, 'Autoridad destinataria'), MINISTRY);
    const placeTypes = labelled(filters, 'Tipo de lugar');
    await chooseOption(page, placeTypes, 'Hospital psiquiátrico');
    await placeTypes.press('Escape');
    const acceptance = labelled(filters, 'Aceptación');
    await chooseOption(page, acceptance, 'Pendiente');
    await acceptance.press('Escape');
    await expect.poll(() => new URL(page.url()).searchParams.size).toBeGreaterThanOrEqual(4);
    await expect.poll(() => trackerReferences(page)).toEqual([REFERENCE]);
    const [row] = await tableRows(page.getByTestId('recommendations'));
    // The row header: reference, title, priority, classification and theme (one column, so that a laptop
    // reads the whole row); then the addressee, acceptance, both statuses and the due date.
    expect(row).toEqual([
      `${REFERENCE}${RECOMMENDATION_TITLE}Prioridad altaGrupo de trabajoAislamiento`,
      MINISTRY,
      'Pendiente',
      'Sin información',
      'Sin información',
      expect.any(String),
    ]);
    expect(await trackerTotal(page)).toBe('1');
    await page.getByRole('button', { name: /^1\s*Sin respuesta de la autoridad\s*\.\s*Mostrar solo estas$/ }).waitFor();

    // A filter it does not match empties the view; clearing the filters brings the whole tracker back.
    await chooseOption(page, acceptance, 'Pendiente');
    await chooseOption(page, acceptance, 'Aceptada');
    await acceptance.press('Escape');
    await page.getByText('Ninguna recomendación coincide con estos filtros.').waitFor();
    expect(await trackerTotal(page)).toBe('0');
    await filters.getByRole('button', { name: 'Quitar filtros' }).click();
    await expect.poll(async () => Number(await trackerTotal(page))).toBeGreaterThan(1);
    expect(await trackerReferences(page)).toContain(REFERENCE);
    expect(ana.pageErrors).toEqual([]);
  });

  it("the Ministry's admin records the authority's response and the implementation it reports", async () => {
    const fernando = await openBrowser({ baseURL: server.url, locale: 'es-ES' });
    try {
      const { page } = fernando;
      await signInThroughForm(page, 'fernando.minjus@demo.opcat');
      await page.getByRole('banner').getByText(MINISTRY, { exact: true }).waitFor();
      await page
        .getByRole('navigation', { name: 'Navegación principal' })
        .getByRole('link', { name: 'Recomendaciones' })
        .click();
      await labelled(page.getByRole('region', { name: 'Filtros' }), 'Buscar').fill(REFERENCE);
      await expect.poll(() => trackerReferences(page)).toEqual([REFERENCE]);
      await page.getByTestId('recommendations').getByRole('link', { name: REFERENCE }).click();
      await page.getByRole('heading', { level: 1, name: RECOMMENDATION_TITLE }).waitFor();
      expect(pathOf(page)).toBe(recommendationUrl);
      // The adopted text, never the NPM's working draft (decision 0051).
      await page
        .getByRole('region', { name: 'Recomendación', exact: true })
        .getByText(DRAFT, { exact: true })
        .waitFor();
      expect(await page.getByTestId('recommendation-draft-text').count()).toBe(0);
      expect(await page.getByRole('textbox', { name: 'Borrador del texto de la recomendación' }).count()).toBe(0);

      const dialogue = page.getByRole('region', { name: 'Diálogo con la autoridad' });
      await dialogue.getByRole('button', { name: 'Registrar la respuesta de la autoridad' }).click();
      const respond = page.getByRole('dialog', { name: 'Nueva respuesta de la autoridad' });
      await respond.waitFor();
      expect(await labelled(respond, 'Fecha de la respuesta').inputValue()).toBe(spanishDate(localDate()));
      await chooseOption(page, labelled(respond, 'Posición de la autoridad'), 'Aceptada');
      await labelled(respond, 'Respuesta de la autoridad').fill(RESPONSE_TEXT);
      await labelled(respond, 'Calendario propuesto').fill(PROPOSED_TIMELINE);
      await respond.getByRole('button', { name: 'Registrar la respuesta' }).click();
      await dialogue.getByRole('status').filter({ hasText: 'Se registró la respuesta de la autoridad.' }).waitFor();
      await respond.waitFor({ state: 'hidden' });

      await dialogue.getByRole('button', { name: 'Registrar el estado de implementación' }).click();
      const status = page.getByRole('dialog', { name: 'Nuevo estado de implementación' });
      await status.getByText('Según el Estado', { exact: true }).waitFor();
      await chooseOption(page, labelled(status, 'Estado de implementación'), 'En curso');
      await labelled(status, 'Nota').fill('Obras de ventilación contratadas.');
      await status.getByRole('button', { name: 'Registrar el estado' }).click();
      await dialogue.getByRole('status').filter({ hasText: 'Se registró el estado de implementación.' }).waitFor();

      const timeline = page.getByRole('region', { name: 'Cronología' });
      await timeline.getByText(`Respuesta de ${MINISTRY}`).waitFor();
      expect(fernando.pageErrors).toEqual([]);
    } finally {
      await fernando.close();
    }
  });

  it('back on her page, the monitor sees the response in the timeline and both statuses side by side', async () => {
    const { page } = ana;
    await page.goto(recommendationUrl);
    await page.getByRole('heading', { level: 1, name: RECOMMENDATION_TITLE }).waitFor();

    const timeline = page.getByRole('region', { name: 'Cronología' });
    await timeline.getByText(`Respuesta de ${MINISTRY}`).waitFor();
    const story = (await timeline.textContent()) ?? '';
    expect(story).toContain('Recomendación emitida');
    expect(story).toContain(`Emitida por ${NPM}.`);
    expect(story).toContain(RESPONSE_TEXT);
    expect(story).toContain(`Calendario propuesto: ${PROPOSED_TIMELINE}`);
    expect(story).toContain('Registrado por Fernando Vega');
    expect(story).toContain('Estado informado por el Estado');

    // She verifies the implementation herself: the monitor's view stands beside the State's.
    const dialogue = page.getByRole('region', { name: 'Diálogo con la autoridad' });
    await dialogue.getByRole('button', { name: 'Registrar el estado de implementación' }).click();
    const form = page.getByRole('dialog', { name: 'Nuevo estado de implementación' });
    await form.getByText('Según el monitoreo', { exact: true }).waitFor();
    await chooseOption(page, labelled(form, 'Estado de implementación'), 'Sin iniciar');
    await labelled(form, 'Nota').fill('En la visita de seguimiento las habitaciones seguían en uso.');
    await form.getByRole('button', { name: 'Registrar el estado' }).click();
    await dialogue.getByRole('status').filter({ hasText: 'Se registró el estado de implementación.' }).waitFor();

    const statuses = page.getByRole('region', { name: 'Aceptación e implementación' });
    await statuses
      .getByText('El Estado y el mecanismo de monitoreo no coinciden sobre el avance de la implementación.')
      .waitFor();
    const columns = statuses.locator('h3');
    expect(await columns.allTextContents()).toEqual(['Aceptación', 'Según el Estado', 'Según el monitoreo']);
    const column = (title: string) => statuses.locator('h3', { hasText: title }).locator('xpath=../..');
    expect(await column('Aceptación').textContent()).toContain('Aceptada');
    expect(await column('Según el Estado').textContent()).toContain('En curso');
    expect(await column('Según el Estado').textContent()).toContain('Obras de ventilación contratadas.');
    expect(await column('Según el monitoreo').textContent()).toContain('Sin iniciar');
    expect(await column('Según el monitoreo').textContent()).toContain('Registrado por Ana Martínez');

    // The tracker row carries all three.
    await page
      .getByRole('navigation', { name: 'Navegación principal' })
      .getByRole('link', { name: 'Recomendaciones' })
      .click();
    await labelled(page.getByRole('region', { name: 'Filtros' }), 'Buscar').fill(REFERENCE);
    await expect.poll(() => trackerReferences(page)).toEqual([REFERENCE]);
    const [row] = await tableRows(page.getByTestId('recommendations'));
    expect(row?.slice(2, 5)).toEqual(['Aceptada', 'En curso', 'Sin iniciar']);

    await page.goto(recommendationUrl);
    await page.getByRole('region', { name: 'Cronología' }).getByText(RESPONSE_TEXT).waitFor();
    const shot = await saveScreenshot(page, 'visit-cycle-recommendation-es.png');
    expect(shot.bytes).toBeGreaterThan(20 * 1024);
    expect(ana.pageErrors).toEqual([]);
  });

  it('SPT-confidential records open for the SPT user and exist nowhere for the CSO user, who reads only the pseudonym', async () => {
    // The SPT user finds the SPT's records by browsing, and keeps their addresses.
    const ines = await openBrowser({ baseURL: server.url, locale: 'es-ES' });
    let sptVisitUrl = '';
    let sptFindingUrl = '';
    let sptRecommendationUrl = '';
    try {
      const { page } = ines;
      await signInThroughForm(page, 'ines.spt@demo.opcat');
      // Her account speaks English.
      await expect.poll(() => htmlLang(page)).toBe('en');
      const nav = page.getByRole('navigation', { name: 'Main navigation' });

      await nav.getByRole('link', { name: 'Places' }).click();
      await page.getByTestId('places').getByRole('link', { name: PLACE, exact: true }).click();
      await page.getByRole('heading', { level: 1, name: PLACE }).waitFor();
      // Beside the place's panel the visits are cards (their table needs more than the column's width).
      const visits = page.getByTestId('visits-cards');
      await visits.waitFor();
      expect(await cardField(visits, 'Type')).toEqual(['SPT regular visit']);
      await visits.getByRole('link').first().click();
      await page.getByRole('heading', { level: 1, name: /^Visit to / }).waitFor();
      sptVisitUrl = pathOf(page);
      await page.getByTestId('findings').getByRole('link', { name: SPT_FINDING }).click();
      await page.getByRole('heading', { level: 1, name: SPT_FINDING }).waitFor();
      sptFindingUrl = pathOf(page);

      await nav.getByRole('link', { name: 'Recommendations' }).click();
      const filters = page.getByRole('region', { name: 'Filters' });
      await chooseOption(page, labelled(filters, 'Source'), 'SPT report');
      await expect
        .poll(async () => (await trackerReferences(page)).sort())
        .toEqual(['SPT-XV-2026-01', SPT_RECOMMENDATION, SPT_AUTHORISED]);
      // SPT-XV-2026-03 is public since the State authorised its publication (demo, portal).
      expect(await trackerTotal(page)).toBe('3');
      await labelled(filters, 'Search').fill('requisas');
      await expect.poll(() => trackerReferences(page)).toEqual(['SPT-XV-2026-01']);
      await labelled(filters, 'Search').fill(SPT_RECOMMENDATION);
      await expect.poll(() => trackerReferences(page)).toEqual([SPT_RECOMMENDATION]);
      await page.getByTestId('recommendations').getByRole('link', { name: SPT_RECOMMENDATION }).click();
      await page.getByRole('heading', { level: 1, name: SPT_RECOMMENDATION_TITLE }).waitFor();
      sptRecommendationUrl = pathOf(page);

      // The NPM's working-group finding is not the SPT's to read.
      await page.goto(findingUrl);
      await page.getByRole('heading', { level: 1, name: 'Page not found' }).waitFor();
      expect(ines.pageErrors).toEqual([]);
    } finally {
      await ines.close();
    }

    const diego = await openBrowser({ baseURL: server.url, locale: 'es-ES' });
    try {
      const { page } = diego;
      await signInThroughForm(page, 'diego.voces@demo.opcat');
      const nav = page.getByRole('navigation', { name: 'Navegación principal' });

      // Lists and counts: the place's visits hold the working group's two, not the SPT's.
      await nav.getByRole('link', { name: 'Lugares' }).click();
      await page.getByTestId('places').getByRole('link', { name: PLACE, exact: true }).click();
      await page.getByRole('heading', { level: 1, name: PLACE }).waitFor();
      const visits = page.getByTestId('visits-cards');
      await visits.getByText('2 visitas', { exact: true }).waitFor();
      expect(await cardField(visits, 'Tipo')).toEqual(['Visita temática', 'Visita temática']);
      expect(await page.content()).not.toContain('Visita regular del SPT');

      await nav.getByRole('link', { name: 'Visitas' }).click();
      await page.getByTestId('visits').waitFor();
      expect(await page.getByTestId('visits').textContent()).not.toContain('Visita regular del SPT');

      // The tracker: no confidential SPT report, by filter, count or search; only the one whose publication the
      // State authorised (SPT-XV-2026-03, public since: the portal shows it too).
      await nav.getByRole('link', { name: 'Recomendaciones' }).click();
      await page.getByTestId('recommendations').waitFor();
      expect(await trackerReferences(page)).not.toContain(SPT_RECOMMENDATION);
      const filters = page.getByRole('region', { name: 'Filtros' });
      await chooseOption(page, labelled(filters, 'Origen'), 'Informe del SPT');
      await expect.poll(() => trackerReferences(page)).toEqual([SPT_AUTHORISED]);
      expect(await trackerTotal(page)).toBe('1');
      await page
        .getByRole('button', { name: /^0\s*Sin respuesta de la autoridad\s*\.\s*Mostrar solo estas$/ })
        .waitFor();
      await filters.getByRole('button', { name: 'Quitar filtros' }).click();
      await labelled(filters, 'Buscar').fill('requisas');
      await expect.poll(() => new URL(page.url()).searchParams.get('q')).toBe('requisas');
      await page.getByText('Ninguna recomendación coincide con estos filtros.').waitFor();
      // Back to the whole list first, so the next empty answer is the next search's.
      await labelled(filters, 'Buscar').fill('');
      await expect.poll(async () => (await trackerReferences(page)).length).toBeGreaterThan(0);
      await labelled(filters, 'Buscar').fill('SPT-XV');
      await expect.poll(() => new URL(page.url()).searchParams.get('q')).toBe('SPT-XV');
      await expect.poll(() => trackerReferences(page)).toEqual([SPT_AUTHORISED]);

      // Detail by address: the same page as for a record that does not exist.
      for (const url of [sptVisitUrl, sptFindingUrl, sptRecommendationUrl]) {
        expect(url).toMatch(/^\/(visits|findings|recommendations)\/[0-9a-f-]{36}$/);
        await page.goto(url);
        await page.getByRole('heading', { level: 1, name: 'Página no encontrada' }).waitFor();
        const html = await page.content();
        expect(html).not.toContain(SPT_FINDING);
        expect(html).not.toContain(SPT_RECOMMENDATION_TITLE);
      }

      // The NPM's finding is classified for the working group, so he reads it, but not the personal data.
      await page.goto(findingUrl);
      await page.getByRole('heading', { level: 1, name: FINDING_TITLE }).waitFor();
      const interviewee = page.getByTestId('interviewee');
      expect((await interviewee.textContent())?.trim()).toBe(PSEUDONYM);
      await page
        .getByText(
          'Solo se muestran seudónimos: los datos personales son exclusivos del equipo de visita (art. 21 OPCAT).',
        )
        .waitFor();
      expect(await page.getByTestId('personal-data-note').count()).toBe(0);
      const html = await page.content();
      for (const secret of [IDENTITY, CONTACT, MEDICAL_NOTES]) expect(html).not.toContain(secret);
      expect(diego.pageErrors).toEqual([]);
    } finally {
      await diego.close();
    }

    // The visit team still reads it.
    await ana.page.goto(findingUrl);
    await ana.page.getByRole('heading', { level: 1, name: FINDING_TITLE }).waitFor();
    expect(await ana.page.getByTestId('interviewee').textContent()).toContain(IDENTITY);
  });
});
