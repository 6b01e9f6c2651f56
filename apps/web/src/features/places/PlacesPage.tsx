import { useQuery } from '@apollo/client/react';
import { Button, Group, Stack, Text, Title } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { graphql } from '../../__generated__/gql.ts';
import { CursorPager, useCountText, useCursorPages } from '../../components/CursorPager.tsx';
import { PageLoader } from '../../components/PageLoader.tsx';
import { usePageTitle } from '../../lib/use-page-title.ts';
import { QueryError } from '../errors/QueryError.tsx';
import { useKnownOrganisations } from '../../components/records.ts';
import { useShell } from '../shell/ShellContext.tsx';
import { PlaceFilters } from './PlaceFilters.tsx';
import {
  placeFilterOf,
  PLACES_PAGE_SIZE,
  readPlaceParams,
  writePlaceParams,
  type PlaceListParams,
} from './place-params.ts';
import { PlacesTable } from './PlacesTable.tsx';
import { RegisterPlaceModal } from './RegisterPlaceModal.tsx';
import { ReadableRecordsLiveUpdates } from '../live/live-records.tsx';
import { ExportMenu } from '../exports/ExportMenu.tsx';

const PlacesPage_Places = graphql(`
  query PlacesPage_Places($filter: PlaceFilter, $limit: Int, $after: String) {
    places(filter: $filter, limit: $limit, after: $after) {
      totalCount
      totalCountCapped
      pageInfo {
        endCursor
        hasNextPage
      }
      nodes {
        id
        ...PlacesTable_Place
      }
    }
  }
`);

/** The register of places of deprivation of liberty the viewer can read. */
export function PlacesPage() {
  const { t } = useTranslation('monitoring');
  usePageTitle(t('places.title'));
  const { current } = useShell();
  const [searchParams, setSearchParams] = useSearchParams();
  const params = useMemo(() => readPlaceParams(searchParams), [searchParams]);
  const [registering, { open: openRegister, close: closeRegister }] = useDisclosure(false);
  const { organisations } = useKnownOrganisations();
  const filter = placeFilterOf(params);
  const pages = useCursorPages(JSON.stringify(filter));
  const countText = useCountText();
  const { data, previousData, error, loading, refetch } = useQuery(PlacesPage_Places, {
    variables: { filter, limit: PLACES_PAGE_SIZE, after: pages.after },
  });
  // Keep the previous page on screen while the next one loads, so the filters do not jump.
  const places = (data ?? previousData)?.places;

  const countries = useMemo(() => {
    const codes = new Set<string>();
    for (const organisation of organisations) if (organisation.countryCode) codes.add(organisation.countryCode);
    if (current?.organisation.countryCode) codes.add(current.organisation.countryCode);
    if (params.country) codes.add(params.country);
    return [...codes].sort();
  }, [organisations, current, params.country]);

  const setParams = (next: PlaceListParams) => setSearchParams(writePlaceParams(next));
  // Creating records is for editors and admins; the server has the final word and answers with userErrors.
  const mayRegister = current?.organisation.viewerCan.createPlace === true;

  const from = places && places.nodes.length > 0 ? pages.index * PLACES_PAGE_SIZE + 1 : 0;
  const to = places && from > 0 ? from + places.nodes.length - 1 : 0;

  return (
    <Stack gap="lg">
      <ReadableRecordsLiveUpdates recordTypes={['PLACE']} onChange={refetch} />
      <Group justify="space-between" align="flex-end" wrap="wrap">
        <Stack gap={4}>
          <Title order={1}>{t('places.title')}</Title>
          <Text c="dimmed">{t('places.intro')}</Text>
        </Stack>
        <Group gap="sm" align="flex-start">
          <ExportMenu list="PLACES" filter={filter} />
          {mayRegister && current && <Button onClick={openRegister}>{t('places.register.open')}</Button>}
        </Group>
      </Group>

      <PlaceFilters value={params} countries={countries} onChange={setParams} />

      {!places && loading ? (
        <PageLoader />
      ) : !places ? (
        <QueryError error={error} onRetry={() => void refetch().catch(() => undefined)} />
      ) : places.nodes.length === 0 ? (
        <Text c="dimmed">{t('places.empty')}</Text>
      ) : (
        <Stack gap="sm" aria-busy={loading}>
          <PlacesTable
            places={places.nodes}
            caption={t('places.caption', {
              from,
              to,
              count: places.totalCount,
              total: countText(places.totalCount, places.totalCountCapped),
            })}
          />
          <CursorPager
            hasPrevious={pages.index > 0}
            hasNext={places.pageInfo.hasNextPage}
            onPrevious={pages.previous}
            onNext={() => places.pageInfo.endCursor && pages.next(places.pageInfo.endCursor)}
          />
        </Stack>
      )}

      {current && (
        <RegisterPlaceModal
          opened={registering}
          onClose={closeRegister}
          ownerOrganisationId={current.organisation.id}
          defaultCountry={current.organisation.countryCode}
        />
      )}
    </Stack>
  );
}
