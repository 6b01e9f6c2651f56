import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';

const require = createRequire(import.meta.url);
const AXE_SOURCE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

export interface AxeSummary {
  /** Violations by impact (critical, serious, moderate, minor). */
  byImpact: Record<string, number>;
  /** "rule-id (impact): n nodes" for every serious or critical violation. */
  seriousOrCritical: string[];
}

/**
 * Runs axe-core (WCAG 2 A/AA rules) on the page as it is now: the whole document, or only the elements the
 * CSS selectors in `include` match (e.g. a dialog, a tab panel).
 */
export async function runAxe(page: Page, include?: readonly string[]): Promise<AxeSummary> {
  // The page at rest: a button still under the pointer after a click, or half-way through a colour transition,
  // is measured in a blend of two states (a teal button read as #e2f0eb on #178361). Hover states are not what
  // axe checks; settled colours are.
  await page.mouse.move(0, 0);
  await page.evaluate(() => {
    // Finite ones only (a spinner runs forever), and never more than a second.
    const settling = document
      .getAnimations()
      .filter((animation) => animation.effect?.getComputedTiming().endTime !== Infinity)
      .map((animation) =>
        animation.finished.then(
          () => undefined,
          () => undefined,
        ),
      );
    return Promise.race([Promise.all(settling), new Promise((resolve) => setTimeout(resolve, 1000))]);
  });
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(AXE_SOURCE); // evaluated over the DevTools protocol: the app's CSP forbids inline scripts
  const violations = await page.evaluate(async (selectors) => {
    const axe = (
      window as unknown as {
        axe: {
          run: (
            context: unknown,
            options: unknown,
          ) => Promise<{ violations: { id: string; impact: string | null; nodes: unknown[] }[] }>;
        };
      }
    ).axe;
    const context = selectors ? { include: selectors.map((selector) => [selector]) } : document;
    const result = await axe.run(context, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
    });
    return result.violations.map((v) => ({
      id: v.id,
      impact: v.impact ?? 'minor',
      nodes: v.nodes.length,
      first: JSON.stringify((v.nodes[0] as { target?: unknown; failureSummary?: string } | undefined) ?? {}).slice(
        0,
        400,
      ),
    }));
  }, include ?? null);
  const byImpact: Record<string, number> = {};
  for (const v of violations) byImpact[v.impact] = (byImpact[v.impact] ?? 0) + 1;
  const seriousOrCritical = violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id} (${v.impact}): ${v.nodes} nodes, e.g. ${v.first}`);
  return { byImpact, seriousOrCritical };
}

/** The serious and critical violations only (what every page and dialog must have none of). */
export async function seriousViolations(page: Page, include?: readonly string[]): Promise<string[]> {
  return (await runAxe(page, include)).seriousOrCritical;
}
