import { cpSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import type { Plugin } from 'esbuild';

/**
 * The production build (docs/decisions/0005-compiled-production-build.md): the server and the
 * internal @opcat/* packages bundled into dist/main.js (and the audit-verify CLI into its own file),
 * npm packages left to node_modules, each migration compiled to dist/migrations/*.js for MikroORM.
 */
const serverRoot = dirname(fileURLToPath(import.meta.url));
export const distDir = join(serverRoot, 'dist');

/** npm packages stay external: node resolves them from node_modules, as in development. */
const externalNpmPackages: Plugin = {
  name: 'external-npm-packages',
  setup(b) {
    b.onResolve({ filter: /^[^./]/ }, (args) =>
      args.path.startsWith('@opcat/') ? undefined : { path: args.path, external: true },
    );
  },
};

/**
 * In one bundle every module's `import.meta.url` is dist/main.js, so a file a package reads beside
 * itself (@opcat/graphql's generated schema) would be looked for in the wrong place: such reads
 * become the file's text, inlined at build time.
 */
const moduleRelativeRead = /readFileSync\(\s*new URL\(\s*'([^']+)',\s*import\.meta\.url\s*\),\s*'utf8'\s*\)/g;
const inlineModuleRelativeReads: Plugin = {
  name: 'inline-module-relative-reads',
  setup(b) {
    b.onLoad({ filter: /\/packages\/[^/]+\/src\/.*\.ts$/ }, (args) => {
      const source = readFileSync(args.path, 'utf8');
      if (!source.includes('import.meta.url')) return undefined;
      const base = pathToFileURL(args.path);
      const watchFiles: string[] = [];
      const contents = source.replace(moduleRelativeRead, (_call, relative: string) => {
        const file = fileURLToPath(new URL(relative, base));
        watchFiles.push(file);
        return JSON.stringify(readFileSync(file, 'utf8'));
      });
      if (contents.includes('import.meta.url')) {
        throw new Error(`${args.path} uses import.meta.url in a way the server bundle cannot keep`);
      }
      return { contents, loader: 'ts', watchFiles };
    });
  },
};

export async function buildServer(): Promise<void> {
  rmSync(distDir, { recursive: true, force: true });
  const common = { platform: 'node', format: 'esm', target: 'node20', sourcemap: true, logLevel: 'warning' } as const;
  await build({
    ...common,
    entryPoints: {
      main: join(serverRoot, 'src/main.ts'),
      'audit-verify': join(serverRoot, 'src/db/audit-verify-cli.ts'),
    },
    outdir: distDir,
    bundle: true,
    plugins: [externalNpmPackages, inlineModuleRelativeReads],
  });
  const migrations = join(serverRoot, 'src/db/migrations');
  await build({
    ...common,
    entryPoints: readdirSync(migrations)
      .filter((name) => name.endsWith('.ts') && !name.endsWith('.d.ts'))
      .map((name) => join(migrations, name)),
    outdir: join(distDir, 'migrations'),
    bundle: true,
    plugins: [externalNpmPackages],
  });
  // Reference data read beside its module (new URL('./data/…', import.meta.url)): beside main.js in the bundle.
  cpSync(join(serverRoot, 'src/modules/portal/data'), join(distDir, 'data'), { recursive: true });
  // dist/ runs as ES modules wherever it is copied to, without the workspace's package.json.
  writeFileSync(join(distDir, 'package.json'), JSON.stringify({ type: 'module' }) + '\n');
}

if (resolve(process.argv[1] ?? '') === fileURLToPath(import.meta.url)) {
  const began = performance.now();
  await buildServer();
  console.log(`server built to ${distDir} in ${Math.round(performance.now() - began)} ms`);
}
