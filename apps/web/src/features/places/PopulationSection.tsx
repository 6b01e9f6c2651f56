import { useMutation } from '@apollo/client/react';
import { Button, Card, Group, NumberInput, Progress, Stack, Table, Text, Title } from '@mantine/core';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { graphql } from '../../__generated__/gql.ts';
import type { PopulationSection_PlaceFragment } from '../../__generated__/graphql.ts';
import { all, LocalDateInput, localDate, notAfter, required, useAppForm } from '../../components/form/index.ts';
import { formatLocalDate, todayLocalDate } from '../../lib/dates.ts';
import { formatOccupancy, isOvercrowded, occupancyOf } from './occupancy.ts';
import { TableScroll } from '../../components/TableScroll.tsx';

graphql(`
  fragment PopulationSection_Place on Place {
    id
    capacity
    occupancyRate
    viewerCan {
      update
    }
    currentPopulation {
      id
      countedOn
      population
    }
    populationHistory {
      id
      countedOn
      population
    }
  }
`);

const PopulationSection_Record = graphql(`
  mutation PopulationSection_Record($input: RecordPlacePopulationInput!) {
    recordPlacePopulation(input: $input) {
      place {
        id
        ...PopulationSection_Place
        ...PlacesTable_Place
      }
      userErrors {
        field
        code
        message
      }
    }
  }
`);

/** Population counts over time against the official capacity, and a form to add one. */
export function PopulationSection({ place }: { place: PopulationSection_PlaceFragment }) {
  const { t, i18n } = useTranslation('monitoring');
  const titleId = useId();
  const number = new Intl.NumberFormat(i18n.language);
  const today = todayLocalDate();
  const { form, problems, submitPayload, handleSubmit } = useAppForm({
    initialValues: { countedOn: today, population: '' as number | string },
    rules: {
      countedOn: all(required, localDate, notAfter(today)),
      population: required,
    },
  });
  const [record, { loading }] = useMutation(PopulationSection_Record);

  const submit = handleSubmit(async (values) => {
    const { population } = values;
    if (typeof population !== 'number') return;
    const ok = await submitPayload(async () => {
      const { data } = await record({
        variables: { input: { placeId: place.id, countedOn: values.countedOn, population } },
      });
      return data?.recordPlacePopulation.userErrors;
    });
    if (ok) form.setFieldValue('population', '');
  });

  return (
    <Card withBorder radius="md" padding="md" component="section" aria-labelledby={titleId}>
      <Stack gap="sm">
        <Title order={2} fz="h4" id={titleId}>
          {t('population.title')}
        </Title>
        {place.populationHistory.length === 0 ? (
          <Text size="sm" c="dimmed">
            {t('population.empty')}
          </Text>
        ) : (
          <TableScroll minWidth={420} label={t('population.title')}>
            <Table verticalSpacing="xs" aria-labelledby={titleId} data-testid="population-history">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">{t('population.countedOn')}</Table.Th>
                  <Table.Th scope="col" ta="end">
                    {t('population.population')}
                  </Table.Th>
                  <Table.Th scope="col">{t('population.occupancy')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {place.populationHistory.map((count) => {
                  const rate = occupancyOf(count.population, place.capacity);
                  return (
                    <Table.Tr key={count.id}>
                      <Table.Td>{formatLocalDate(count.countedOn, i18n.language)}</Table.Td>
                      <Table.Td ta="end">{number.format(count.population)}</Table.Td>
                      <Table.Td miw={180}>
                        {rate == null ? (
                          '—'
                        ) : (
                          <Group gap="xs" wrap="nowrap">
                            <Progress
                              value={Math.min(100, rate * 100)}
                              color={isOvercrowded(rate) ? 'red' : 'teal'}
                              w={100}
                              aria-hidden
                            />
                            <Text
                              size="sm"
                              c={isOvercrowded(rate) ? 'red' : undefined}
                              fw={isOvercrowded(rate) ? 600 : undefined}
                            >
                              {formatOccupancy(rate, i18n.language)}
                            </Text>
                          </Group>
                        )}
                      </Table.Td>
                    </Table.Tr>
                  );
                })}
              </Table.Tbody>
            </Table>
          </TableScroll>
        )}

        {place.viewerCan.update && (
          <form onSubmit={submit} noValidate aria-label={t('population.record')}>
            <Stack gap="xs">
              {problems}
              <Group gap="sm" align="flex-end" wrap="wrap">
                <LocalDateInput
                  label={t('population.countedOn')}
                  required
                  max={today}
                  {...form.getInputProps('countedOn')}
                />
                <NumberInput
                  label={t('population.population')}
                  required
                  min={0}
                  allowDecimal={false}
                  {...form.getInputProps('population')}
                  w={200}
                />
                <Button type="submit" loading={loading}>
                  {t('population.record')}
                </Button>
              </Group>
            </Stack>
          </form>
        )}
      </Stack>
    </Card>
  );
}
