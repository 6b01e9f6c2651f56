import { fileURLToPath } from 'node:url';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

// The repository's own eslint.config.js, found from the root the way `npx eslint .` finds it.
const repositoryRoot = fileURLToPath(new URL('../../../', import.meta.url));
const fromHere = (path: string): string => fileURLToPath(new URL(path, import.meta.url));

async function ruleIdsReported(files: string[]): Promise<(string | null)[]> {
  // The fixtures are ignored by the normal run; `ignore: false` lints them here all the same.
  const eslint = new ESLint({ cwd: repositoryRoot, ignore: false });
  const results = await eslint.lintFiles(files);
  return results.flatMap((result) => result.messages.map((message) => message.ruleId));
}

// A rule that is configured but cannot see (import-x parses only .js files unless told otherwise)
// passes silently; these tests fail instead.
describe('the lint rules that keep the code base in shape', () => {
  it('reports an import cycle between two modules', async () => {
    const reported = await ruleIdsReported([
      fromHere('./lint-fixtures/cycle-a.ts'),
      fromHere('./lint-fixtures/cycle-b.ts'),
    ]);
    expect(reported).toEqual(['import-x/no-cycle', 'import-x/no-cycle']);
  }, 60_000);

  it('reports a promise that is neither awaited nor deliberately let go', async () => {
    const reported = await ruleIdsReported([fromHere('./lint-fixtures/floating-promise.ts')]);
    expect(reported).toEqual(['@typescript-eslint/no-floating-promises']);
  }, 60_000);

  it('reports nothing on real modules that import each other one way', async () => {
    const reported = await ruleIdsReported([fromHere('./realtime/bus.ts'), fromHere('./logger.ts')]);
    expect(reported).toEqual([]);
  }, 60_000);
});
