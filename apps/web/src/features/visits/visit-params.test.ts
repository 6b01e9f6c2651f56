import { describe, expect, it } from 'vitest';
import { DEFAULT_VISIT_PARAMS, readVisitParams, visitFilterOf, writeVisitParams } from './visit-params.ts';

describe('visits list URL parameters', () => {
  it('round-trips the filters and the page', () => {
    const params = { status: 'REPORTING', from: '2026-01-01', to: '2026-06-30', page: 2 } as const;
    expect(readVisitParams(writeVisitParams(params))).toEqual(params);
  });

  it('ignores unknown statuses, impossible dates and bad pages', () => {
    expect(readVisitParams(new URLSearchParams('status=DONE&from=2026-02-30&to=soon&page=0'))).toEqual(
      DEFAULT_VISIT_PARAMS,
    );
  });

  it('sends only the filters in use to the API', () => {
    expect(visitFilterOf(DEFAULT_VISIT_PARAMS)).toEqual({});
    expect(visitFilterOf({ ...DEFAULT_VISIT_PARAMS, status: 'PLANNED', to: '2026-12-31' })).toEqual({
      status: 'PLANNED',
      to: '2026-12-31',
    });
  });
});
