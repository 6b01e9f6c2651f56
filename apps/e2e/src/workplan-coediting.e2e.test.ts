import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import * as Y from 'yjs';
import { renderDocument } from '@opcat/editor';
import { DurableStore } from '@opcat/server/src/collab/durable-store.ts';
import { documentNameFor } from '@opcat/server/src/modules/co-editing/documents.ts';
import { startAppServer } from './app-server.ts';
import type { TestServer } from './app-server.ts';
import { openBrowser, saveScreenshot } from './browser.ts';
import type { BrowserSession } from './browser.ts';
import {
  editorBlocks,
  openWorkplanThroughNavigation,
  pathOf,
  signInThroughForm,
  untilCollabConnected,
} from './flows.ts';

// The demo world (apps/server/src/db/demo-world.ts, demo-workplan.ts) as the pages name it.
const NATIONAL_GROUP = 'Grupo de Trabajo Nacional para la Prevención de la Tortura';
const PLAN = 'Plan de trabajo conjunto 2026–2027';
const ANA = { email: 'ana.mnp@demo.opcat', name: 'Ana Martínez' };
const DIEGO = { email: 'diego.voces@demo.opcat', name: 'Diego Fernández' };
const HANNAH = { email: 'hannah.ohchr@demo.opcat', name: 'Hannah Weber' };
const NPM = 'Mecanismo Nacional de Prevención de la Tortura (Defensoría del Pueblo de Costa Verde)';
const CSO = 'Centro de Derechos Humanos Voces Libres';
/** The demo narrative's headings the two writers write under. */
const TITLE_HEADING = PLAN;
const COMMITMENTS_HEADING = 'Compromisos conjuntos';

// What each person types: unique, so a match can only come from this test.
const ANA_SENTENCE = 'El MNP presentará el informe anual al grupo en marzo (E2E-ana-4417).';
const DIEGO_SENTENCE = 'Voces Libres acompañará las visitas a comisarías (E2E-diego-9023).';
const DIEGO_MORE = ' Revisión en junio.';
const HANNAH_KEYS = 'OHCHR-was-here-5561';

/** The label of a caret on another person's page: their name and organisation. */
const caretLabel = (person: { name: string }, organisation: string) => `${person.name} · ${organisation}`;

/**
 * The narrative as PostgreSQL holds it (snapshot + update log), rebuilt outside the live server,
 * as plain text: what survives a restart.
 */
async function storedNarrative(server: TestServer, workplanId: string): Promise<string> {
  const doc = new Y.Doc();
  try {
    await new DurableStore(server.orm, () => Promise.resolve()).load(documentNameFor('workplan', workplanId), doc);
    return renderDocument(doc).text;
  } finally {
    doc.destroy();
  }
}

/**
 * Clicks after the last word of a block (blocks span the editor's width, so the far right of their
 * last line is past the text: the caret lands at the end, however the text wraps).
 */
async function clickAtEndOf(block: Locator): Promise<void> {
  const box = await block.boundingBox();
  if (!box) throw new Error('the block is not on screen');
  await block.click({ position: { x: box.width - 2, y: box.height - 4 } });
}

/**
 * Where the editor's own state has the caret: the text of its block and the offset in it. Tiptap hangs
 * the editor on its DOM element.
 */
function caretIn(editor: Locator): Promise<{ block: string; offset: number }> {
  return editor.evaluate((root) => {
    type EditorElement = HTMLElement & {
      editor: { state: { selection: { $from: { parent: { textContent: string }; parentOffset: number } } } };
    };
    const { $from } = (root as EditorElement).editor.state.selection;
    return { block: $from.parent.textContent, offset: $from.parentOffset };
  });
}

/**
 * Puts the caret at the end of the editor's heading `heading` and opens a new paragraph below it.
 * ProseMirror learns where a click put the caret from the browser's `selectionchange` event, which
 * Chromium may deliver after a key pressed right away (input outranks it): a person never presses Enter
 * within a millisecond of clicking, Playwright does. So wait until the editor has the caret there.
 */
async function newParagraphAfter(page: Page, editor: Locator, heading: string): Promise<void> {
  await clickAtEndOf(editor.getByRole('heading', { name: heading, exact: true }));
  await expect.poll(() => caretIn(editor)).toEqual({ block: heading, offset: heading.length });
  await page.keyboard.press('Enter');
}

/** The block right after the heading `heading`, in the editor's blocks. */
function blockAfter(blocks: string[], heading: string): string | undefined {
  return blocks[blocks.indexOf(heading) + 1];
}

/** The other person's caret, with its label, as the page renders it. */
function caretOf(editor: Locator, label: string): Locator {
  return editor
    .locator('.collaboration-carets__caret')
    .filter({ has: editor.page().locator('.collaboration-carets__label', { hasText: label }) });
}

describe('co-editing the national working group’s workplan in two browsers', () => {
  let server: TestServer;
  const browsers: BrowserSession[] = [];

  beforeAll(async () => {
    server = await startAppServer();
  });
  afterAll(async () => {
    for (const browser of browsers) await browser.close();
    await server?.close();
  });

  async function openAs(email: string): Promise<BrowserSession> {
    const browser = await openBrowser({ baseURL: server.url, locale: 'es-ES' });
    browsers.push(browser);
    await signInThroughForm(browser.page, email);
    return browser;
  }

  async function leave(browser: BrowserSession): Promise<void> {
    browsers.splice(browsers.indexOf(browser), 1);
    await browser.close();
  }

  it('two writers see each other’s text and caret, a viewer cannot change it, and everything is stored', async () => {
    // 1. Two people, two browsers (separate cookies), each finds the plan through the navigation.
    const ana = await openAs(ANA.email);
    const diego = await openAs(DIEGO.email);
    const anaEditor = await openWorkplanThroughNavigation(ana.page, NATIONAL_GROUP, PLAN);
    const diegoEditor = await openWorkplanThroughNavigation(diego.page, NATIONAL_GROUP, PLAN);
    const workplanId = pathOf(ana.page).split('/').at(-1) ?? '';
    expect(pathOf(diego.page)).toBe(`/workplans/${workplanId}`);
    for (const editor of [anaEditor, diegoEditor]) {
      await expect.poll(() => editor.getAttribute('contenteditable')).toBe('true');
      // The seeded narrative arrived over /collab.
      await expect.poll(() => editorBlocks(editor)).toContain(COMMITMENTS_HEADING);
    }
    const before = await editorBlocks(anaEditor);

    // 2. Both type at once, at different places: Ana under the title, Diego under the joint commitments.
    await newParagraphAfter(ana.page, anaEditor, TITLE_HEADING);
    await newParagraphAfter(diego.page, diegoEditor, COMMITMENTS_HEADING);
    await Promise.all([
      ana.page.keyboard.type(ANA_SENTENCE, { delay: 15 }),
      diego.page.keyboard.type(DIEGO_SENTENCE, { delay: 15 }),
    ]);
    for (const [who, editor] of [
      ['Ana', anaEditor],
      ['Diego', diegoEditor],
    ] as const) {
      // On failure, say on whose page and show the whole document.
      const blocks = async () => JSON.stringify(await editorBlocks(editor));
      await expect
        .poll(() => editorBlocks(editor).then((b) => blockAfter(b, TITLE_HEADING)), {
          message: `Ana's sentence on ${who}'s page`,
        })
        .toBe(ANA_SENTENCE)
        .catch(async (error: unknown) => Promise.reject(new Error(`${String(error)}\n${await blocks()}`)));
      await expect
        .poll(() => editorBlocks(editor).then((b) => blockAfter(b, COMMITMENTS_HEADING)), {
          message: `Diego's sentence on ${who}'s page`,
        })
        .toBe(DIEGO_SENTENCE)
        .catch(async (error: unknown) => Promise.reject(new Error(`${String(error)}\n${await blocks()}`)));
    }
    // Nothing else changed: the two new paragraphs are the only difference.
    const expected = [...before];
    expected.splice(before.indexOf(TITLE_HEADING) + 1, 0, ANA_SENTENCE);
    expected.splice(expected.indexOf(COMMITMENTS_HEADING) + 1, 0, DIEGO_SENTENCE);
    expect(await editorBlocks(anaEditor)).toEqual(expected);
    expect(await editorBlocks(diegoEditor)).toEqual(expected);

    // Each sees the other's caret, labelled with name and organisation, at the end of what they typed.
    const diegoOnAnasPage = caretOf(anaEditor, caretLabel(DIEGO, CSO));
    const anaOnDiegosPage = caretOf(diegoEditor, caretLabel(ANA, NPM));
    await diegoOnAnasPage.waitFor();
    await anaOnDiegosPage.waitFor();
    await expect
      .poll(() => anaEditor.locator('p', { hasText: DIEGO_SENTENCE }).locator('.collaboration-carets__caret').count())
      .toBe(1);
    await expect
      .poll(() => diegoEditor.locator('p', { hasText: ANA_SENTENCE }).locator('.collaboration-carets__caret').count())
      .toBe(1);
    // Nobody sees a caret of their own.
    expect(await caretOf(anaEditor, ANA.name).count()).toBe(0);
    expect(await caretOf(diegoEditor, DIEGO.name).count()).toBe(0);
    // The presence list names both, each with their organisation.
    for (const page of [ana.page, diego.page]) {
      const presence = page.getByTestId('presence-list').getByRole('listitem');
      await expect.poll(() => presence.allTextContents()).toEqual([caretLabel(ANA, NPM), caretLabel(DIEGO, CSO)]);
    }
    // A long organisation name on a caret near the right edge does not widen the page.
    for (const page of [ana.page, diego.page]) {
      const { scrollWidth, clientWidth } = await page.evaluate(() => {
        const { scrollWidth, clientWidth } = document.documentElement;
        return { scrollWidth, clientWidth };
      });
      expect(scrollWidth).toBeLessThanOrEqual(clientWidth);
    }
    const shots = [
      await saveScreenshot(ana.page, 'workplan-coediting-ana.png'),
      await saveScreenshot(diego.page, 'workplan-coediting-diego.png'),
    ];
    for (const shot of shots) expect(shot.bytes).toBeGreaterThan(10_000);

    // 3. A VIEWER (OHCHR, an observer of the group) reads both sentences and cannot change anything.
    // Her account's language is English: the app switches to it once she is signed in.
    const hannah = await openAs(HANNAH.email);
    const hannahEditor = await openWorkplanThroughNavigation(hannah.page, NATIONAL_GROUP, PLAN, 'en');
    await expect.poll(() => editorBlocks(hannahEditor)).toEqual(expected);
    expect(await hannahEditor.getAttribute('contenteditable')).toBe('false');
    expect(await hannahEditor.getAttribute('aria-readonly')).toBe('true');
    expect(await hannah.page.getByTestId('read-only').textContent()).toBe('Read only');
    // Typing, deleting and breaking lines where Diego wrote: the keystrokes go nowhere.
    await clickAtEndOf(hannahEditor.locator('p', { hasText: DIEGO_SENTENCE }));
    await hannah.page.keyboard.type(HANNAH_KEYS);
    await hannah.page.keyboard.press('Backspace');
    await hannah.page.keyboard.press('Enter');
    expect(await editorBlocks(hannahEditor)).toEqual(expected);

    // Diego writes on; once his words reached the viewer and PostgreSQL, anything the viewer could have
    // sent before them would have too.
    await clickAtEndOf(diegoEditor.locator('p', { hasText: DIEGO_SENTENCE }));
    await expect.poll(() => caretIn(diegoEditor)).toEqual({ block: DIEGO_SENTENCE, offset: DIEGO_SENTENCE.length });
    await diego.page.keyboard.type(DIEGO_MORE);
    const final = expected.map((block) => (block === DIEGO_SENTENCE ? DIEGO_SENTENCE + DIEGO_MORE : block));
    for (const editor of [hannahEditor, anaEditor, diegoEditor]) {
      await expect.poll(() => editorBlocks(editor)).toEqual(final);
    }
    await expect.poll(() => storedNarrative(server, workplanId)).toContain(DIEGO_SENTENCE + DIEGO_MORE);
    expect(await storedNarrative(server, workplanId)).not.toContain('OHCHR-was');
    // The viewer's own page, reloaded from the server, has no trace of the keystrokes either.
    await hannah.page.reload();
    await untilCollabConnected(hannah.page);
    await expect.poll(() => editorBlocks(hannahEditor)).toEqual(final);

    // 4. Both writers leave; a fresh page and the database still have both sentences.
    await leave(ana);
    await leave(diego);
    const stored = await storedNarrative(server, workplanId);
    expect(stored).toContain(ANA_SENTENCE);
    expect(stored).toContain(DIEGO_SENTENCE + DIEGO_MORE);
    await hannah.page.reload();
    await untilCollabConnected(hannah.page);
    await expect.poll(() => editorBlocks(hannahEditor)).toEqual(final);
    // Nobody else is in the document any more.
    await expect
      .poll(() => hannah.page.getByTestId('presence-list').getByRole('listitem').allTextContents())
      .toEqual([caretLabel(HANNAH, 'Oficina Regional del ACNUDH para América Central')]);

    expect(ana.pageErrors).toEqual([]);
    expect(diego.pageErrors).toEqual([]);
    expect(hannah.pageErrors).toEqual([]);
  });
});
