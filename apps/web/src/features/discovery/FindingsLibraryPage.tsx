import { useQuery } from '@apollo/client/react';
import { CLASSIFICATIONS, MONITORING_AREAS, PLACE_TYPES, VULNERABILITIES } from '@opcat/domain';
import { Button, Card, Group, Select, SimpleGrid, Stack, Text, TextInput, Title } from '@mantine/core';
import { useDebouncedCallback } from '@mantine/hooks';
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { graphql } from '../../__generated__/gql.ts';
import { CursorPager, useCountText, useCursorPages } from '../../components/CursorPager.tsx';
import { LocalDateInput } from '../../components/form/index.ts';
import { PageLoader } from '../../components/PageLoader.tsx';
import { countryName } from '../../lib/format.ts';
import { usePageTitle } from '../../lib/use-page-title.ts';
import { QueryError } from '../errors/QueryError.tsx';
import { FindingsList } from '../findings/FindingsList.tsx';
import { useFoldedOnPhone } from '../../components/FoldedOnPhone.tsx';
import { useRiskFactorLabels } from '../findings/use-risk-factor-labels.ts';
import {
  EMPTY_LIBRARY_PARAMS,
  LIBRARY_PAGE_SIZE,
  libraryFilterOf,
  readLibraryParams,
  writeLibraryParams,
  type LibraryParams,
} from './library-params.ts';
import { ReadableRecordsLiveUpdates } from '../live/live-records.tsx';

const FindingsLibraryPage_Findings = graphql(`
  query FindingsLibraryPage_Findings($filter: FindingFilter, $limit: Int, $after: String) {
    findings(filter: $filter, limit: $limit, after: $after) {
      totalCount
      totalCountCapped
      pageInfo {
        endCursor
        hasNextPage
      }
      nodes {
        id
        ...FindingsList_Finding
      }
    }
  }
`);

const FindingsLibraryPage_Facets = graphql(`
  query FindingsLibraryPage_Facets($filter: FindingFilter) {
    findingFacets(filter: $filter) {
      total
      sampled
      sampleSize
      monitoringArea {
        value
        count
      }
      riskFactor {
        value
        count
      }
      vulnerability {
        value
        count
      }
      placeType {
        value
        count
      }
      country {
        value
        count
      }
      goodPractice {
        value
        count
      }
      classification {
        value
        count
      }
      visitYear {
        value
        count
      }
    }
  }
`);

type Counts = readonly { value: string; count: number }[];

/** Every finding the viewer may read, with facet counts computed under their read scope; filters live in the URL. */
export function FindingsLibraryPage() {
  const { t, i18n } = useTranslation('discovery');
  const { t: tm } = useTranslation('monitoring');
  usePageTitle(t('library.title'));
  const riskLabels = useRiskFactorLabels();
  const [searchParams, setSearchParams] = useSearchParams();
  const params = useMemo(() => readLibraryParams(searchParams), [searchParams]);
  const filter = libraryFilterOf(params);
  const pages = useCursorPages(JSON.stringify(filter));
  const countText = useCountText();
  const list = useQuery(FindingsLibraryPage_Findings, {
    variables: { filter, limit: LIBRARY_PAGE_SIZE, after: pages.after },
  });
  // Every facet is past the search: any of them in use keeps them open on a phone.
  const folded = useFoldedOnPhone(Object.entries(params).some(([key, value]) => key !== 'search' && value !== null));
  // Counting every facet under the read scope is the page's dearest query: not while the facets are folded away.
  const facets = useQuery(FindingsLibraryPage_Facets, { variables: { filter }, skip: !folded.shown });
  const findings = (list.data ?? list.previousData)?.findings;
  const counts = (facets.data ?? facets.previousData)?.findingFacets;

  const setParams = (patch: Partial<LibraryParams>) =>
    setSearchParams(writeLibraryParams({ ...params, ...patch }), { replace: false });
  const [search, setSearch] = useState(params.search);
  useEffect(() => setSearch(params.search), [params.search]);
  const commitSearch = useDebouncedCallback((value: string) => setParams({ search: value.trim() }), 400);

  /**
   * Options "label (count)", the chosen value kept even when its count is 0. When the counts are a
   * sample of the newest matches, a value of a closed vocabulary missing from it is still offered,
   * without a count: older findings may have it.
   */
  const options = (
    facet: Counts | undefined,
    label: (value: string) => string,
    chosen: string | null,
    vocabulary: readonly string[],
  ) => {
    const values: { value: string; count: number | null }[] = [...(facet ?? [])];
    const missing = (value: string) => !values.some((v) => v.value === value);
    if (counts?.sampled) for (const value of vocabulary) if (missing(value)) values.push({ value, count: null });
    if (chosen && missing(chosen)) values.push({ value: chosen, count: counts?.sampled ? null : 0 });
    return values.map((v) => ({
      value: v.value,
      label: v.count == null ? label(v.value) : t('library.option', { label: label(v.value), count: v.count }),
    }));
  };
  const facetSelect = (
    name: keyof typeof FACET_LABEL_KEYS,
    facet: Counts | undefined,
    label: (value: string) => string,
    chosen: string | null,
    apply: (value: string | null) => Partial<LibraryParams>,
    vocabulary: readonly string[] = [],
  ) => (
    <Select
      label={t(FACET_LABEL_KEYS[name])}
      placeholder={t('library.any')}
      data={options(facet, label, chosen, vocabulary)}
      value={chosen}
      onChange={(value) => setParams(apply(value))}
      clearable
      searchable
      comboboxProps={{ withinPortal: true }}
    />
  );
  const year = params.visitFrom?.endsWith('-01-01') ? params.visitFrom.slice(0, 4) : null;
  const from = findings && findings.nodes.length > 0 ? pages.index * LIBRARY_PAGE_SIZE + 1 : 0;
  const to = findings && from > 0 ? from + findings.nodes.length - 1 : 0;

  return (
    <Stack gap="lg">
      <ReadableRecordsLiveUpdates
        recordTypes={['FINDING']}
        onChange={() => Promise.all([list.refetch(), folded.shown ? facets.refetch() : null])}
      />
      <Stack gap={4}>
        <Title order={1}>{t('library.title')}</Title>
        <Text c="dimmed">{t('library.intro')}</Text>
      </Stack>

      <Card withBorder component="section" aria-labelledby="library-filters" padding="md">
        <Stack gap="sm">
          <Group justify="space-between" wrap="wrap">
            <Title order={2} fz="h4" id="library-filters">
              {t('library.filters')}
            </Title>
            <Button
              variant="subtle"
              size="xs"
              onClick={() => setSearchParams(writeLibraryParams(EMPTY_LIBRARY_PARAMS))}
            >
              {t('library.clear')}
            </Button>
          </Group>
          <TextInput
            label={t('library.search')}
            description={t('library.searchHint')}
            type="search"
            value={search}
            onChange={(event) => {
              setSearch(event.currentTarget.value);
              commitSearch(event.currentTarget.value);
            }}
          />
          {counts?.sampled && (
            <Text size="sm" c="dimmed">
              {t('library.sampled', { size: new Intl.NumberFormat(i18n.language).format(counts.sampleSize) })}
            </Text>
          )}
          {folded.toggle && <Group>{folded.toggle}</Group>}
          {folded.shown && (
            <SimpleGrid cols={{ base: 1, sm: 2, md: 3 }} spacing="sm">
              {facetSelect(
                'monitoringArea',
                counts?.monitoringArea,
                (v) => tm(`enums.MonitoringArea.${v}` as never),
                params.monitoringArea,
                (v) => ({ monitoringArea: v as LibraryParams['monitoringArea'] }),
                MONITORING_AREAS,
              )}
              {facetSelect(
                'riskFactor',
                counts?.riskFactor,
                (v) => riskLabels[v] ?? v,
                params.riskFactor,
                (v) => ({ riskFactor: v }),
                Object.keys(riskLabels),
              )}
              {facetSelect(
                'vulnerability',
                counts?.vulnerability,
                (v) => tm(`enums.Vulnerability.${v}` as never),
                params.vulnerability,
                (v) => ({ vulnerability: v as LibraryParams['vulnerability'] }),
                VULNERABILITIES,
              )}
              {facetSelect(
                'placeType',
                counts?.placeType,
                (v) => tm(`enums.PlaceType.${v}` as never),
                params.placeType,
                (v) => ({ placeType: v as LibraryParams['placeType'] }),
                PLACE_TYPES,
              )}
              {facetSelect(
                'country',
                counts?.country,
                (v) => countryName(v, i18n.language),
                params.country,
                (v) => ({ country: v }),
              )}
              {facetSelect(
                'goodPractice',
                counts?.goodPractice,
                (v) => t(v === 'true' ? 'library.goodPractice.true' : 'library.goodPractice.false'),
                params.goodPractice == null ? null : String(params.goodPractice),
                (v) => ({ goodPractice: v == null ? null : v === 'true' }),
                ['true', 'false'],
              )}
              {facetSelect(
                'classification',
                counts?.classification,
                (v) => tm(`enums.Classification.${v}` as never),
                params.classification,
                (v) => ({ classification: v as LibraryParams['classification'] }),
                CLASSIFICATIONS,
              )}
              {facetSelect(
                'visitYear',
                counts?.visitYear,
                (v) => v,
                year,
                (v) => (v ? { visitFrom: `${v}-01-01`, visitTo: `${v}-12-31` } : { visitFrom: null, visitTo: null }),
              )}
              <LocalDateInput
                label={t('library.facets.visitFrom')}
                value={params.visitFrom}
                onChange={(value) => setParams({ visitFrom: value || null })}
              />
              <LocalDateInput
                label={t('library.facets.visitTo')}
                value={params.visitTo}
                onChange={(value) => setParams({ visitTo: value || null })}
              />
            </SimpleGrid>
          )}
        </Stack>
      </Card>

      {!findings && list.loading ? (
        <PageLoader />
      ) : !findings ? (
        <QueryError error={list.error} onRetry={() => void list.refetch().catch(() => undefined)} />
      ) : findings.nodes.length === 0 ? (
        <Text c="dimmed">{t('library.empty')}</Text>
      ) : (
        <Stack gap="sm" aria-busy={list.loading}>
          <Text size="sm" c="dimmed" role="status">
            {t('library.caption', {
              from,
              to,
              total: countText(findings.totalCount, findings.totalCountCapped),
            })}
          </Text>
          <FindingsList findings={findings.nodes} />
          <CursorPager
            hasPrevious={pages.index > 0}
            hasNext={findings.pageInfo.hasNextPage}
            onPrevious={pages.previous}
            onNext={() => findings.pageInfo.endCursor && pages.next(findings.pageInfo.endCursor)}
          />
        </Stack>
      )}
    </Stack>
  );
}

const FACET_LABEL_KEYS = {
  monitoringArea: 'library.facets.monitoringArea',
  riskFactor: 'library.facets.riskFactor',
  vulnerability: 'library.facets.vulnerability',
  placeType: 'library.facets.placeType',
  country: 'library.facets.country',
  goodPractice: 'library.facets.goodPractice',
  classification: 'library.facets.classification',
  visitYear: 'library.facets.visitYear',
} as const;
