import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parse } from 'csv-parse/sync';
import { z } from 'zod';

/**
 * The OPCAT States Parties reference table (ratification, NPM designation and model, with the
 * source of each row), shipped as data beside this module: data/opcat-states.csv, compiled with
 * the method and caveats of data/opcat-states.SOURCES.md. Public reference data, not records:
 * read once at start and served as it is.
 */
// Beside this module in the sources; beside main.js in the production bundle (build.ts copies data/).
const OPCAT_STATES_CSV = fileURLToPath(new URL('./data/opcat-states.csv', import.meta.url));
const OPCAT_STATES_SOURCES = fileURLToPath(new URL('./data/opcat-states.SOURCES.md', import.meta.url));

const date = z.union([z.literal(''), z.string().regex(/^\d{4}-\d{2}-\d{2}$/)]).transform((v) => v || null);
const row = z.object({
  iso2: z.string().regex(/^[A-Z]{2}$/),
  country_en: z.string().min(1),
  country_es: z.string().min(1),
  region: z.string().min(1),
  signature_date: date,
  ratification_or_accession_date: date,
  npm_designated: z.enum(['yes', 'no', 'unknown']),
  npm_body_name: z.string(),
  npm_model: z.enum(['OMBUDS', 'OMBUDS_PLUS', 'NHRI', 'SPECIALISED', 'MULTIPLE', 'NONE', 'UNKNOWN']),
  source_url: z.string().url(),
  confidence: z.enum(['high', 'medium', 'low']),
});
export type OpcatStateRow = z.output<typeof row>;

export interface OpcatStates {
  rows: OpcatStateRow[];
  /** The CSV exactly as shipped (the open-data download). */
  csv: string;
  /** The sources and method, exactly as shipped. */
  sources: string;
}

let cached: OpcatStates | null = null;

/** Parsed and checked once; a malformed file fails at start-up, not in front of a visitor. */
export function opcatStates(): OpcatStates {
  if (cached) return cached;
  const csv = readFileSync(OPCAT_STATES_CSV, 'utf8');
  const records = parse(csv, { columns: true, skip_empty_lines: true }) as unknown[];
  const rows = records.map((r) => row.parse(r)).sort((a, b) => a.country_en.localeCompare(b.country_en));
  cached = { rows, csv, sources: readFileSync(OPCAT_STATES_SOURCES, 'utf8') };
  return cached;
}
