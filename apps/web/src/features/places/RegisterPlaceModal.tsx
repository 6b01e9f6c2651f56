import { useMutation } from '@apollo/client/react';
import { Button, Group, Modal, NumberInput, Select, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { graphql } from '../../__generated__/gql.ts';
import { required, useAppForm } from '../../components/form/index.ts';
import { ClassificationPicker, useKnownOrganisations } from '../../components/records.ts';
import { isOneOf, PLACE_STATUSES, PLACE_TYPES, type Classification, type PlaceStatus } from '../../lib/enums.ts';

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
  const { form, problems, submitPayload, handleSubmit, field } = useAppForm({
    initialValues: {
      name: '',
      type: null as string | null,
      responsibleAuthorityId: null as string | null,
      countryCode: defaultCountry ?? '',
      region: '',
      address: '',
      capacity: '' as number | string,
      status: 'OPERATING' as PlaceStatus,
      classification: 'ORGANISATION' as Classification,
      workingGroupId: null as string | null,
    },
    rules: {
      name: required,
      type: required,
      responsibleAuthorityId: required,
      countryCode: required,
      workingGroupId: (value, values) => (values.classification === 'WORKING_GROUP' ? required(value, values) : null),
    },
  });
  const values = form.getValues();
  const authorities = organisations.filter((organisation) => organisation.kind === 'STATE_AUTHORITY');

  const submit = handleSubmit(async (input) => {
    if (!isOneOf(PLACE_TYPES, input.type) || !input.responsibleAuthorityId) return;
    const type = input.type;
    const responsibleAuthorityId = input.responsibleAuthorityId;
    let placeId: string | undefined;
    const ok = await submitPayload(async () => {
      const { data } = await createPlace({
        variables: {
          input: {
            name: input.name.trim(),
            type,
            responsibleAuthorityId,
            countryCode: input.countryCode.trim().toUpperCase(),
            region: input.region.trim() || null,
            address: input.address.trim() || null,
            capacity: typeof input.capacity === 'number' ? input.capacity : null,
            status: input.status,
            classification: input.classification,
            workingGroupId: input.workingGroupId,
            ownerOrganisationId,
          },
        },
        refetchQueries: ['PlacesPage_Places'],
      });
      placeId = data?.createPlace.place?.id;
      return data?.createPlace.userErrors;
    });
    if (!ok || !placeId) return;
    onClose();
    void navigate(`/places/${placeId}`);
  });

  return (
    <Modal
      opened={opened}
      onClose={onClose}
      title={t('places.register.title')}
      size="lg"
      closeButtonProps={{ 'aria-label': tc('common.close') }}
    >
      <form onSubmit={submit} noValidate>
        <Stack gap="sm">
          {problems}
          <TextInput label={t('places.fields.name')} required {...form.getInputProps('name')} />
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <Select
              label={t('places.fields.type')}
              required
              data={PLACE_TYPES.map((value) => ({ value, label: t(`enums.PlaceType.${value}`) }))}
              {...form.getInputProps('type')}
              searchable
            />
            <Select
              label={t('places.fields.status')}
              data={PLACE_STATUSES.map((value) => ({ value, label: t(`enums.PlaceStatus.${value}`) }))}
              allowDeselect={false}
              {...form.getInputProps('status')}
            />
          </SimpleGrid>
          <Select
            label={t('places.fields.authority')}
            description={t('places.fields.authorityHint')}
            required
            data={authorities.map((organisation) => ({ value: organisation.id, label: organisation.name }))}
            {...form.getInputProps('responsibleAuthorityId')}
            searchable
            nothingFoundMessage={t('places.fields.noAuthority')}
          />
          <SimpleGrid cols={{ base: 1, sm: 3 }}>
            <TextInput
              label={t('places.fields.country')}
              description={t('places.fields.countryHint')}
              required
              maxLength={2}
              {...form.getInputProps('countryCode')}
              onChange={(event) => form.setFieldValue('countryCode', event.currentTarget.value.toUpperCase())}
            />
            <TextInput label={t('places.fields.region')} {...form.getInputProps('region')} />
            <NumberInput
              label={t('places.fields.capacity')}
              min={0}
              allowDecimal={false}
              {...form.getInputProps('capacity')}
            />
          </SimpleGrid>
          <TextInput label={t('places.fields.address')} {...form.getInputProps('address')} />
          <ClassificationPicker {...field('classification')} />
          <Select
            label={t('places.fields.workingGroup')}
            description={t('places.fields.workingGroupHint')}
            data={workingGroups.map((group) => ({ value: group.id, label: group.name }))}
            clearable
            required={values.classification === 'WORKING_GROUP'}
            {...form.getInputProps('workingGroupId')}
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
