import { Group, MultiSelect, Select, TextInput } from '@mantine/core';
import { useDebouncedCallback } from '@mantine/hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isOneOf, PLACE_STATUSES, PLACE_TYPES, type PlaceType } from '../../lib/enums.ts';
import { countryName } from '../../lib/format.ts';
import type { PlaceListParams } from './place-params.ts';

interface Props {
  value: PlaceListParams;
  /** Country codes to offer in the country filter. */
  countries: readonly string[];
  onChange: (next: PlaceListParams) => void;
}

export function PlaceFilters({ value, countries, onChange }: Props) {
  const { t, i18n } = useTranslation('monitoring');
  const [search, setSearch] = useState(value.search);
  // Filters change the page back to the first one: the old page may not exist any more.
  const change = (patch: Partial<PlaceListParams>) => onChange({ ...value, ...patch, page: 1 });
  const commitSearch = useDebouncedCallback((text: string) => change({ search: text.trim() }), 350);

  return (
    <Group gap="sm" align="flex-end" wrap="wrap" role="search" aria-label={t('places.filters.label')}>
      <TextInput
        label={t('places.filters.search')}
        description={t('places.filters.searchHint')}
        type="search"
        value={search}
        onChange={(event) => {
          setSearch(event.currentTarget.value);
          commitSearch(event.currentTarget.value);
        }}
        w={260}
      />
      <MultiSelect
        label={t('places.filters.types')}
        data={PLACE_TYPES.map((type) => ({ value: type, label: t(`enums.PlaceType.${type}`) }))}
        value={[...value.types]}
        onChange={(types) => change({ types: types.filter((type): type is PlaceType => isOneOf(PLACE_TYPES, type)) })}
        clearable
        searchable
        w={320}
      />
      <Select
        label={t('places.filters.status')}
        data={PLACE_STATUSES.map((status) => ({ value: status, label: t(`enums.PlaceStatus.${status}`) }))}
        value={value.status}
        onChange={(status) => change({ status: isOneOf(PLACE_STATUSES, status) ? status : null })}
        placeholder={t('common.all')}
        clearable
        w={200}
      />
      <Select
        label={t('places.filters.country')}
        data={countries.map((code) => ({ value: code, label: countryName(code, i18n.language) }))}
        value={value.country}
        onChange={(country) => change({ country })}
        placeholder={t('common.all')}
        clearable
        w={200}
      />
    </Group>
  );
}
