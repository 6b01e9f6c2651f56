import { useQuery } from '@apollo/client/react';
import { MultiSelect, Select } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { graphql } from '../../__generated__/gql.ts';

const LinkPickers_Findings = graphql(`
  query LinkPickers_Findings($search: String) {
    findings(filter: { search: $search }, limit: 20) {
      nodes {
        id
        title
        place {
          id
          name
        }
      }
    }
  }
`);

const LinkPickers_Places = graphql(`
  query LinkPickers_Places($search: String) {
    places(filter: { search: $search }, limit: 20) {
      nodes {
        id
        name
        region
      }
    }
  }
`);

const LinkPickers_Recommendations = graphql(`
  query LinkPickers_Recommendations($search: String) {
    recommendations(filter: { search: $search }, sort: REFERENCE, limit: 20) {
      nodes {
        id
        reference
        title
      }
    }
  }
`);

export interface PickedRecord {
  readonly value: string;
  readonly label: string;
}

/** Search-as-you-type state shared by the pickers: the API is asked after a short pause. */
function useSearch() {
  const [search, setSearch] = useState('');
  const [debounced] = useDebouncedValue(search.trim(), 300);
  return { search, setSearch, variables: { search: debounced || null } };
}

/** Options found plus those already picked, so picked records keep their label while searching. */
function withPicked(found: readonly PickedRecord[], picked: readonly PickedRecord[]): PickedRecord[] {
  const ids = new Set(found.map((option) => option.value));
  return [...found, ...picked.filter((option) => !ids.has(option.value))];
}

interface MultiProps {
  label: string;
  value: readonly PickedRecord[];
  onChange: (value: PickedRecord[]) => void;
  error?: string | undefined;
}

function SearchMultiSelect({
  label,
  value,
  onChange,
  error,
  found,
  loading,
  search,
  setSearch,
}: MultiProps & {
  found: readonly PickedRecord[];
  loading: boolean;
  search: string;
  setSearch: (search: string) => void;
}) {
  const { t } = useTranslation('tracker');
  const options = withPicked(found, value);
  return (
    <MultiSelect
      label={label}
      description={t('links.searchHint')}
      data={options}
      value={value.map((option) => option.value)}
      onChange={(ids) => onChange(options.filter((option) => ids.includes(option.value)))}
      searchable
      searchValue={search}
      onSearchChange={setSearch}
      // The API already searched; filtering again on the label would hide matches in other fields.
      filter={({ options: all }) => all}
      nothingFoundMessage={loading ? t('common.loading') : t('links.nothingFound')}
      clearable
      error={error}
    />
  );
}

export function FindingPicker(props: MultiProps) {
  const { search, setSearch, variables } = useSearch();
  const { data, loading } = useQuery(LinkPickers_Findings, { variables });
  const found = (data?.findings.nodes ?? []).map((finding) => ({
    value: finding.id,
    label: finding.place ? `${finding.title} · ${finding.place.name}` : finding.title,
  }));
  return <SearchMultiSelect {...props} found={found} loading={loading} search={search} setSearch={setSearch} />;
}

export function PlacePicker(props: MultiProps) {
  const { search, setSearch, variables } = useSearch();
  const { data, loading } = useQuery(LinkPickers_Places, { variables });
  const found = (data?.places.nodes ?? []).map((place) => ({
    value: place.id,
    label: place.region ? `${place.name} · ${place.region}` : place.name,
  }));
  return <SearchMultiSelect {...props} found={found} loading={loading} search={search} setSearch={setSearch} />;
}

interface SingleProps {
  label: string;
  description?: string;
  value: PickedRecord | null;
  onChange: (value: PickedRecord | null) => void;
  error?: string | undefined;
}

/** The earlier recommendation a new one repeats. */
export function RecommendationPicker({ label, description, value, onChange, error }: SingleProps) {
  const { t } = useTranslation('tracker');
  const { search, setSearch, variables } = useSearch();
  const { data, loading } = useQuery(LinkPickers_Recommendations, { variables });
  const found = (data?.recommendations.nodes ?? []).map((r) => ({ value: r.id, label: `${r.reference} · ${r.title}` }));
  const options = withPicked(found, value ? [value] : []);
  return (
    <Select
      label={label}
      description={description}
      data={options}
      value={value?.value ?? null}
      onChange={(id) => onChange(options.find((option) => option.value === id) ?? null)}
      searchable
      searchValue={search}
      onSearchChange={setSearch}
      filter={({ options: all }) => all}
      nothingFoundMessage={loading ? t('common.loading') : t('links.nothingFound')}
      clearable
      error={error}
    />
  );
}
