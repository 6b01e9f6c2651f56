import { Select } from '@mantine/core';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useKnownOrganisations, type KnownOrganisation } from '../records/index.ts';

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
}

/**
 * A State authority to address or filter by. The API has no organisation directory, so these are
 * the authorities of the viewer's working groups plus those already on screen.
 */
export function AddresseeSelect({ label, value, onChange, alsoKnown, required, clearable, error, description }: Props) {
  const { t } = useTranslation('tracker');
  const { organisations, loading } = useKnownOrganisations(alsoKnown);
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
      error={error}
      nothingFoundMessage={loading ? t('common.loading') : t('addressee.noneKnown')}
    />
  );
}
