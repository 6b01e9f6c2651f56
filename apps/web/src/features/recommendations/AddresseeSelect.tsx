import { useQuery } from '@apollo/client/react';
import { Select } from '@mantine/core';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { graphql } from '../../__generated__/gql.ts';
import { useKnownOrganisations, type KnownOrganisation } from '../../components/records.ts';

// Authorities running the places the viewer can read: the only source for bodies outside any
// working group (e.g. the SPT). Recommendations are not used, as listing SPT-confidential ones is audited.
const AddresseeSelect_PlaceAuthorities = graphql(`
  query AddresseeSelect_PlaceAuthorities {
    places(limit: 200) {
      nodes {
        id
        responsibleAuthority {
          id
          name
          kind
          countryCode
        }
      }
    }
  }
`);

interface Props {
  label: string;
  value: string | null;
  onChange: (organisationId: string | null) => void;
  /** Organisations already on screen (e.g. the addressees of the loaded recommendations); keep it stable. */
  alsoKnown?: readonly KnownOrganisation[];
  required?: boolean;
  clearable?: boolean;
  error?: string | undefined;
  description?: string;
  /** Shown while nothing is chosen (a filter's "any"). */
  placeholder?: string;
}

/**
 * A State authority to address or filter by. The API has no organisation directory, so these are
 * the authorities of the viewer's working groups, those running readable places, and those on screen.
 */
export function AddresseeSelect({
  label,
  value,
  onChange,
  alsoKnown,
  required,
  clearable,
  error,
  description,
  placeholder,
}: Props) {
  const { t } = useTranslation('tracker');
  const places = useQuery(AddresseeSelect_PlaceAuthorities);
  const extra = useMemo(
    () => [...(alsoKnown ?? []), ...(places.data?.places.nodes ?? []).map((place) => place.responsibleAuthority)],
    [alsoKnown, places.data],
  );
  const known = useKnownOrganisations(extra);
  const { organisations } = known;
  // Both sources must have answered: a list that grows while the user moves through it loses the highlight.
  const loading = known.loading || places.loading;
  const data = useMemo(
    () =>
      organisations
        .filter((organisation) => organisation.kind === 'STATE_AUTHORITY')
        .map((organisation) => ({ value: organisation.id, label: organisation.name })),
    [organisations],
  );

  return (
    <Select
      label={label}
      description={description}
      data={data}
      value={value}
      onChange={onChange}
      searchable
      clearable={clearable}
      required={required}
      disabled={loading}
      error={error}
      placeholder={placeholder}
      nothingFoundMessage={loading ? t('common.loading') : t('addressee.noneKnown')}
    />
  );
}
