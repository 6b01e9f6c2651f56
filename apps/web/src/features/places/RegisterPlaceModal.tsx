import { useMutation } from '@apollo/client/react';
import { Button, Group, Modal, NumberInput, Select, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { graphql } from '../../__generated__/gql.ts';
import {
  isOneOf,
  PLACE_STATUSES,
  PLACE_TYPES,
  type Classification,
  type PlaceStatus,
  type PlaceType,
} from '../../lib/enums.ts';
import type { SortedUserErrors } from '../../lib/user-errors.ts';
import {
  ClassificationPicker,
  ErrorAlert,
  formErrors,
  NO_ERRORS,
  useKnownOrganisations,
} from '../../components/records.ts';

const RegisterPlaceModal_CreatePlace = graphql(`
  mutation RegisterPlaceModal_CreatePlace($input: CreatePlaceInput!) {
    createPlace(input: $input) {
      place {
        id
      }
      userErrors {
        field
        code
        message
      }
    }
  }
`);

const FIELDS = [
  'name',
  'type',
  'responsibleAuthorityId',
  'countryCode',
  'region',
  'address',
  'capacity',
  'status',
  'classification',
  'workingGroupId',
] as const;
type Field = (typeof FIELDS)[number];

interface Props {
  opened: boolean;
  onClose: () => void;
  ownerOrganisationId: string;
  defaultCountry: string | null;
}

export function RegisterPlaceModal({ opened, onClose, ownerOrganisationId, defaultCountry }: Props) {
  const { t } = useTranslation('monitoring');
  const { t: tc } = useTranslation();
  const navigate = useNavigate();
  const { organisations, workingGroups } = useKnownOrganisations();
  const [createPlace, { loading }] = useMutation(RegisterPlaceModal_CreatePlace);
  const [name, setName] = useState('');
  const [type, setType] = useState<PlaceType | null>(null);
  const [authorityId, setAuthorityId] = useState<string | null>(null);
  const [country, setCountry] = useState(defaultCountry ?? '');
  const [region, setRegion] = useState('');
  const [address, setAddress] = useState('');
  const [capacity, setCapacity] = useState<number | string>('');
  const [status, setStatus] = useState<PlaceStatus>('OPERATING');
  const [classification, setClassification] = useState<Classification>('ORGANISATION');
  const [workingGroupId, setWorkingGroupId] = useState<string | null>(null);
  const [errors, setErrors] = useState<SortedUserErrors<Field>>(NO_ERRORS);
  const [networkError, setNetworkError] = useState(false);
  const [missing, setMissing] = useState<readonly Field[]>([]);

  const authorities = organisations.filter((organisation) => organisation.kind === 'STATE_AUTHORITY');
  const fieldError = (field: Field) => {
    if (missing.includes(field)) return t('form.required');
    const key = errors.byField[field];
    return key ? tc(key) : undefined;
  };

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setErrors(NO_ERRORS);
    setNetworkError(false);
    const absent = [...(type ? [] : ['type' as const]), ...(authorityId ? [] : ['responsibleAuthorityId' as const])];
    setMissing(absent);
    if (!type || !authorityId) return;
    try {
      const { data } = await createPlace({
        variables: {
          input: {
            name: name.trim(),
            type,
            responsibleAuthorityId: authorityId,
            countryCode: country.trim().toUpperCase(),
            region: region.trim() || null,
            address: address.trim() || null,
            capacity: typeof capacity === 'number' ? capacity : null,
            status,
            classification,
            workingGroupId,
            ownerOrganisationId,
          },
        },
        refetchQueries: ['PlacesPage_Places'],
      });
      const payload = data?.createPlace;
      if (payload?.place && payload.userErrors.length === 0) {
        onClose();
        void navigate(`/places/${payload.place.id}`);
        return;
      }
      setErrors(formErrors(payload?.userErrors ?? [], FIELDS));
    } catch {
      setNetworkError(true);
    }
  };

  return (
    <Modal
      opened={opened}
      onClose={onClose}
      title={t('places.register.title')}
      size="lg"
      closeButtonProps={{ 'aria-label': tc('common.close') }}
    >
      <form onSubmit={(event) => void submit(event)}>
        <Stack gap="sm">
          <ErrorAlert
            messages={[...(networkError ? [tc('errors.network')] : []), ...errors.general.map((key) => tc(key))]}
          />
          <TextInput
            label={t('places.fields.name')}
            required
            value={name}
            onChange={(event) => setName(event.currentTarget.value)}
            error={fieldError('name')}
          />
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <Select
              label={t('places.fields.type')}
              required
              data={PLACE_TYPES.map((value) => ({ value, label: t(`enums.PlaceType.${value}`) }))}
              value={type}
              onChange={(value) => setType(isOneOf(PLACE_TYPES, value) ? value : null)}
              searchable
              error={fieldError('type')}
            />
            <Select
              label={t('places.fields.status')}
              data={PLACE_STATUSES.map((value) => ({ value, label: t(`enums.PlaceStatus.${value}`) }))}
              value={status}
              allowDeselect={false}
              onChange={(value) => {
                if (isOneOf(PLACE_STATUSES, value)) setStatus(value);
              }}
              error={fieldError('status')}
            />
          </SimpleGrid>
          <Select
            label={t('places.fields.authority')}
            description={t('places.fields.authorityHint')}
            required
            data={authorities.map((organisation) => ({ value: organisation.id, label: organisation.name }))}
            value={authorityId}
            onChange={setAuthorityId}
            searchable
            nothingFoundMessage={t('places.fields.noAuthority')}
            error={fieldError('responsibleAuthorityId')}
          />
          <SimpleGrid cols={{ base: 1, sm: 3 }}>
            <TextInput
              label={t('places.fields.country')}
              description={t('places.fields.countryHint')}
              required
              maxLength={2}
              value={country}
              onChange={(event) => setCountry(event.currentTarget.value.toUpperCase())}
              error={fieldError('countryCode')}
            />
            <TextInput
              label={t('places.fields.region')}
              value={region}
              onChange={(event) => setRegion(event.currentTarget.value)}
              error={fieldError('region')}
            />
            <NumberInput
              label={t('places.fields.capacity')}
              min={0}
              allowDecimal={false}
              value={capacity}
              onChange={setCapacity}
              error={fieldError('capacity')}
            />
          </SimpleGrid>
          <TextInput
            label={t('places.fields.address')}
            value={address}
            onChange={(event) => setAddress(event.currentTarget.value)}
            error={fieldError('address')}
          />
          <ClassificationPicker
            value={classification}
            onChange={setClassification}
            error={fieldError('classification')}
          />
          <Select
            label={t('places.fields.workingGroup')}
            description={t('places.fields.workingGroupHint')}
            data={workingGroups.map((group) => ({ value: group.id, label: group.name }))}
            value={workingGroupId}
            onChange={setWorkingGroupId}
            clearable
            required={classification === 'WORKING_GROUP'}
            error={fieldError('workingGroupId')}
          />
          <Group justify="flex-end" gap="sm" mt="sm">
            <Button variant="default" onClick={onClose}>
              {tc('common.cancel')}
            </Button>
            <Button type="submit" loading={loading}>
              {t('places.register.submit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
