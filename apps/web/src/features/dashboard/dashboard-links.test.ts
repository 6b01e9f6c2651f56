import { describe, expect, it } from 'vitest';
import { defaultScope } from './dashboard-links.ts';

describe('the dashboard a person opens on', () => {
  const groups = [{ id: 'wg-1' }, { id: 'wg-2' }];

  it("is their organisation's for an organisation that owns records or receives recommendations", () => {
    for (const kind of ['NPM', 'NHRI', 'STATE_AUTHORITY', 'SPT', 'LOCAL_PM'] as const) {
      const organisation = { id: 'org', kind, countryCode: 'XV' };
      expect(defaultScope(organisation, null)).toEqual({ kind: 'ORGANISATION', id: 'org' });
      expect(defaultScope(organisation, groups)).toEqual({ kind: 'ORGANISATION', id: 'org' });
    }
  });

  it("is their country's for a civil society organisation, a partner or OHCHR", () => {
    for (const kind of ['CSO', 'PARTNER', 'OHCHR'] as const) {
      expect(defaultScope({ id: 'org', kind, countryCode: 'XV' }, null)).toEqual({ kind: 'COUNTRY', id: 'XV' });
    }
  });

  it("is the first working group's for one of those without a country, once the groups are known", () => {
    const regional = { id: 'org', kind: 'OHCHR' as const, countryCode: null };
    expect(defaultScope(regional, null)).toBeNull();
    expect(defaultScope(regional, groups)).toEqual({ kind: 'WORKING_GROUP', id: 'wg-1' });
    expect(defaultScope(regional, [])).toEqual({ kind: 'ORGANISATION', id: 'org' });
  });

  it('is none without an organisation', () => {
    expect(defaultScope(undefined, groups)).toBeNull();
  });
});
