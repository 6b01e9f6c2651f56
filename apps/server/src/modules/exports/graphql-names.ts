import type { ExportList, RequestExportInput } from '../../__generated__/resolvers-types.ts';
import type { ExportFormat, ExportListName } from './filters.ts';

const LISTS: Record<ExportList, ExportListName> = {
  PLACES: 'places',
  VISITS: 'visits',
  FINDINGS: 'findings',
  RECOMMENDATIONS: 'recommendations',
  WORKPLAN_ACTIONS: 'workplan-actions',
  REPRISALS: 'reprisals',
  AUDIT_LOG: 'audit-log',
};

/** The API's list name of a stored one. */
export function exportListOf(name: string): ExportList {
  const found = (Object.keys(LISTS) as ExportList[]).find((key) => LISTS[key] === name);
  if (!found) throw new Error(`unknown export list ${name}`);
  return found;
}

/** The API's request as the module's names. */
export function exportRequestInput(input: RequestExportInput): {
  list: ExportListName;
  format: ExportFormat;
  filter: unknown;
} {
  return { list: LISTS[input.list], format: input.format === 'CSV' ? 'csv' : 'xlsx', filter: input.filter ?? {} };
}
