import { Autocomplete, Button, Group, MultiSelect, Select, SimpleGrid, Switch, TextInput } from '@mantine/core';
import { useDebouncedCallback } from '@mantine/hooks';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  ACCEPTANCES,
  IMPLEMENTATION_STATUSES,
  isOneOf,
  PLACE_TYPES,
  PRIORITIES,
  RECOMMENDATION_SORTS,
  RECOMMENDATION_SOURCES,
} from '../../lib/enums.ts';
import { AddresseeSelect } from './AddresseeSelect.tsx';
import { useFoldedOnPhone } from '../../components/FoldedOnPhone.tsx';
import type { KnownOrganisation } from '../../components/records.ts';
import { DEFAULT_FILTERS, hasActiveFilters, type TrackerFilters } from './tracker-filters.ts';

interface Props {
  filters: TrackerFilters;
  /** `typing` marks changes made while typing, which replace the history entry instead of adding one. */
  onChange: (patch: Partial<TrackerFilters>, typing?: boolean) => void;
  knownAddressees: readonly KnownOrganisation[];
  knownThemes: readonly string[];
}

/** A text filter that follows the URL but sends its changes only after a short pause in typing. */
function useTypedFilter(value: string, commit: (value: string) => void) {
  const [draft, setDraft] = useState(value);
  // Follows the URL (back button, "clear filters") but keeps what is being typed, e.g. a trailing space.
  useEffect(() => setDraft((current) => (current.trim() === value ? current : value)), [value]);
  const debounced = useDebouncedCallback(commit, 350);
  const update = (next: string) => {
    setDraft(next);
    debounced(next);
  };
  return [draft, update] as const;
}

export function TrackerFilterBar({ filters, onChange, knownAddressees, knownThemes }: Props) {
  const { t } = useTranslation('tracker');
  const { t: tm } = useTranslation('monitoring');
  const [search, setSearch] = useTypedFilter(filters.search, (value) => onChange({ search: value }, true));
  const [theme, setTheme] = useTypedFilter(filters.theme, (value) => onChange({ theme: value }, true));

  // The overdue switch always shows: it does not keep the others open.
  const folded = useFoldedOnPhone(
    hasActiveFilters({ ...filters, search: DEFAULT_FILTERS.search, overdue: DEFAULT_FILTERS.overdue }),
  );

  const statusOptions = IMPLEMENTATION_STATUSES.map((value) => ({
    value,
    label: t(`enums.ImplementationStatus.${value}`),
  }));

  return (
    <section aria-label={t('filters.label')}>
      <SimpleGrid cols={{ base: 1, sm: 2, lg: 4 }} spacing="sm" verticalSpacing="xs">
        <TextInput
          label={t('filters.search')}
          description={t('filters.searchHint')}
          type="search"
          value={search}
          onChange={(event) => setSearch(event.currentTarget.value)}
        />
        {folded.shown && (
          <>
            <AddresseeSelect
              label={t('filters.addressee')}
              value={filters.addresseeId}
              onChange={(addresseeId) => onChange({ addresseeId })}
              alsoKnown={knownAddressees}
              clearable
            />
            <Autocomplete
              label={t('filters.theme')}
              description={t('filters.themeHint')}
              data={[...knownThemes]}
              value={theme}
              onChange={setTheme}
            />
            <MultiSelect
              label={t('filters.placeTypes')}
              data={PLACE_TYPES.map((value) => ({ value, label: tm(`enums.PlaceType.${value}`) }))}
              value={[...filters.placeTypes]}
              onChange={(values) => onChange({ placeTypes: values.filter((v) => isOneOf(PLACE_TYPES, v)) })}
              clearable
              searchable
            />
            <MultiSelect
              label={t('filters.acceptance')}
              data={ACCEPTANCES.map((value) => ({ value, label: t(`enums.Acceptance.${value}`) }))}
              value={[...filters.acceptance]}
              onChange={(values) => onChange({ acceptance: values.filter((v) => isOneOf(ACCEPTANCES, v)) })}
              clearable
            />
            <MultiSelect
              label={t('filters.stateStatus')}
              data={statusOptions}
              value={[...filters.stateStatus]}
              onChange={(values) =>
                onChange({ stateStatus: values.filter((v) => isOneOf(IMPLEMENTATION_STATUSES, v)) })
              }
              clearable
            />
            <MultiSelect
              label={t('filters.monitorStatus')}
              data={statusOptions}
              value={[...filters.monitorStatus]}
              onChange={(values) =>
                onChange({ monitorStatus: values.filter((v) => isOneOf(IMPLEMENTATION_STATUSES, v)) })
              }
              clearable
            />
            <Select
              label={t('filters.priority')}
              data={PRIORITIES.map((value) => ({ value, label: t(`enums.Priority.${value}`) }))}
              value={filters.priority}
              onChange={(value) => onChange({ priority: isOneOf(PRIORITIES, value) ? value : null })}
              clearable
            />
            <Select
              label={t('filters.source')}
              data={RECOMMENDATION_SOURCES.map((value) => ({ value, label: t(`enums.RecommendationSource.${value}`) }))}
              value={filters.source}
              onChange={(value) => onChange({ source: isOneOf(RECOMMENDATION_SOURCES, value) ? value : null })}
              clearable
            />
            <Select
              label={t('filters.sort')}
              data={RECOMMENDATION_SORTS.map((value) => ({ value, label: t(`sort.${value}`) }))}
              value={filters.sort}
              allowDeselect={false}
              onChange={(value) => {
                if (isOneOf(RECOMMENDATION_SORTS, value)) onChange({ sort: value });
              }}
            />
          </>
        )}
      </SimpleGrid>
      <Group mt="sm" gap="lg">
        {folded.toggle}
        <Switch
          label={t('filters.overdue')}
          checked={filters.overdue}
          onChange={(event) => onChange({ overdue: event.currentTarget.checked })}
        />
        {hasActiveFilters(filters) && (
          <Button
            variant="subtle"
            size="compact-sm"
            onClick={() => onChange({ ...DEFAULT_FILTERS, sort: filters.sort })}
          >
            {t('filters.clear')}
          </Button>
        )}
      </Group>
    </section>
  );
}
