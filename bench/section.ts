import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as prettier from 'prettier';

const repoRoot = fileURLToPath(new URL('..', import.meta.url));
const FILE = join(repoRoot, 'docs/benchmarks.md');
const HEADER = `# Benchmarks

Each section is written by its own benchmark (one command each, \`npm run bench:<name>\`), between its markers;
re-running a benchmark replaces only its section. Every section names its machine, its date and the baseline it
measured in the same run.
`;

/**
 * Replaces the section `name` of docs/benchmarks.md (between `<!-- bench:name:start -->` and
 * `<!-- bench:name:end -->`, appended when missing) with `markdown`, formatted as the repository's
 * other files are (npm run check verifies it).
 */
export async function writeBenchSection(name: string, markdown: string): Promise<void> {
  const start = `<!-- bench:${name}:start -->`;
  const end = `<!-- bench:${name}:end -->`;
  const current = existsSync(FILE) ? readFileSync(FILE, 'utf8') : HEADER;
  const section = `${start}\n\n${markdown.trim()}\n\n${end}`;
  const from = current.indexOf(start);
  const to = current.indexOf(end);
  const next =
    from >= 0 && to > from
      ? current.slice(0, from) + section + current.slice(to + end.length)
      : `${current.trimEnd()}\n\n${section}\n`;
  await writeFormatted(FILE, next);
  console.log(`bench: wrote the ${name} section of docs/benchmarks.md`);
}

/** Writes a file of the repository formatted as `npm run check` wants it (prettier, by its path). */
export async function writeFormatted(file: string, text: string): Promise<void> {
  writeFileSync(file, await prettier.format(text, { ...(await prettier.resolveConfig(file)), filepath: file }));
}
