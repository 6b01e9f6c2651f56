import { useMutation } from '@apollo/client/react';
import { Button, Card, Group, NumberInput, Progress, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { graphql } from '../../__generated__/gql.ts';
import type { PopulationSection_PlaceFragment } from '../../__generated__/graphql.ts';
import { ErrorAlert, formatLocalDate, formErrors, todayLocalDate } from '../../components/records.ts';
import { formatOccupancy, isOvercrowded, occupancyOf } from './occupancy.ts';

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

const FIELDS = ['countedOn', 'population'] as const;

/** Population counts over time against the official capacity, and a form to add one. */
export function PopulationSection({ place }: { place: PopulationSection_PlaceFragment }) {
  const { t, i18n } = useTranslation('monitoring');
  const { t: tc } = useTranslation();
  const titleId = useId();
  const number = new Intl.NumberFormat(i18n.language);
  const [countedOn, setCountedOn] = useState(todayLocalDate());
  const [population, setPopulation] = useState<number | string>('');
  const [messages, setMessages] = useState<string[]>([]);
  const [fieldErrors, setFieldErrors] = useState<Partial<Record<(typeof FIELDS)[number], string>>>({});
  const [record, { loading }] = useMutation(PopulationSection_Record);

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setMessages([]);
    setFieldErrors({});
    if (typeof population !== 'number') {
      setFieldErrors({ population: t('form.required') });
      return;
    }
    try {
      const { data } = await record({ variables: { input: { placeId: place.id, countedOn, population } } });
      const payload = data?.recordPlacePopulation;
      if (payload?.place && payload.userErrors.length === 0) {
        setPopulation('');
        return;
      }
      const sorted = formErrors(payload?.userErrors ?? [], FIELDS);
      setFieldErrors(Object.fromEntries(Object.entries(sorted.byField).map(([field, key]) => [field, tc(key)])));
      setMessages(sorted.general.map((key) => tc(key)));
    } catch {
      setMessages([tc('errors.network')]);
    }
  };

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
          <Table.ScrollContainer minWidth={420}>
            <Table verticalSpacing="xs" aria-labelledby={titleId} data-testid="population-history">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">{t('population.countedOn')}</Table.Th>
                  <Table.Th scope="col" ta="right">
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
                      <Table.Td ta="right">{number.format(count.population)}</Table.Td>
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
          </Table.ScrollContainer>
        )}

        {place.viewerCan.update && (
          <form onSubmit={(event) => void submit(event)} aria-label={t('population.record')}>
            <Stack gap="xs">
              <ErrorAlert messages={messages} />
              <Group gap="sm" align="flex-end" wrap="wrap">
                <TextInput
                  type="date"
                  label={t('population.countedOn')}
                  required
                  value={countedOn}
                  onChange={(event) => setCountedOn(event.currentTarget.value)}
                  error={fieldErrors.countedOn}
                />
                <NumberInput
                  label={t('population.population')}
                  required
                  min={0}
                  allowDecimal={false}
                  value={population}
                  onChange={setPopulation}
                  error={fieldErrors.population}
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
