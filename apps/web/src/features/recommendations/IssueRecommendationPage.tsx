import { useMutation } from '@apollo/client/react';
import {
  Alert,
  Anchor,
  Breadcrumbs,
  Button,
  Card,
  Group,
  Select,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
  Textarea,
  Title,
} from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { graphql } from '../../__generated__/gql.ts';
import {
  isOneOf,
  PRIORITIES,
  RECOMMENDATION_LEVELS,
  RECOMMENDATION_SOURCES,
  type Classification,
  type Priority,
  type RecommendationLevel,
  type RecommendationSource,
} from '../../lib/enums.ts';
import { usePageTitle } from '../../lib/use-page-title.ts';
import { ClassificationPicker, todayLocalDate, useKnownOrganisations } from '../../components/records.ts';
import { useShell } from '../shell/ShellContext.tsx';
import { AddresseeSelect } from './AddresseeSelect.tsx';
import { forgetRecommendationLists } from './cache.ts';
import { FindingPicker, PlacePicker, RecommendationPicker, type PickedRecord } from './LinkPickers.tsx';
import { usePayloadForm } from './payload-form.tsx';

const IssueRecommendationPage_Issue = graphql(`
  mutation IssueRecommendationPage_Issue($input: IssueRecommendationInput!) {
    issueRecommendation(input: $input) {
      recommendation {
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
  'reference',
  'title',
  'text',
  'source',
  'addresseeId',
  'theme',
  'level',
  'priority',
  'issuedOn',
  'targetDate',
  'findingIds',
  'placeIds',
  'repeatsId',
  'classification',
  'workingGroupId',
  'countryCode',
] as const;

/** Issues a recommendation to a State authority on behalf of the viewer's current organisation. */
export function IssueRecommendationPage() {
  const { t } = useTranslation('tracker');
  usePageTitle(t('issue.title'));
  const navigate = useNavigate();
  const { current } = useShell();
  const { workingGroups } = useKnownOrganisations();
  const [issue, { loading }] = useMutation(IssueRecommendationPage_Issue);
  const { submit, fieldError, problems } = usePayloadForm(FIELDS);

  const [reference, setReference] = useState('');
  const [title, setTitle] = useState('');
  const [text, setText] = useState('');
  const [source, setSource] = useState<RecommendationSource>('NPM_VISIT_REPORT');
  const [addresseeId, setAddresseeId] = useState<string | null>(null);
  const [theme, setTheme] = useState('');
  const [level, setLevel] = useState<RecommendationLevel>('PLACE');
  const [priority, setPriority] = useState<Priority>('MEDIUM');
  const [issuedOn, setIssuedOn] = useState(todayLocalDate());
  const [targetDate, setTargetDate] = useState('');
  const [findings, setFindings] = useState<PickedRecord[]>([]);
  const [places, setPlaces] = useState<PickedRecord[]>([]);
  const [repeats, setRepeats] = useState<PickedRecord | null>(null);
  const [classification, setClassification] = useState<Classification>('ORGANISATION');
  const [workingGroupId, setWorkingGroupId] = useState<string | null>(null);

  const handleSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    let issuedId: string | undefined;
    const ok = await submit(async () => {
      const { data } = await issue({
        variables: {
          input: {
            reference: reference.trim(),
            title: title.trim(),
            text: text.trim() || null,
            source,
            addresseeId: addresseeId ?? '',
            theme: theme.trim() || null,
            level,
            priority,
            issuedOn,
            targetDate: targetDate || null,
            findingIds: findings.map((finding) => finding.value),
            placeIds: places.map((place) => place.value),
            repeatsId: repeats?.value ?? null,
            classification,
            workingGroupId,
            ownerOrganisationId: current?.organisation.id ?? null,
          },
        },
        update(cache, result) {
          if (result.data?.issueRecommendation.recommendation) forgetRecommendationLists(cache);
        },
      });
      issuedId = data?.issueRecommendation.recommendation?.id;
      return data?.issueRecommendation.userErrors;
    });
    if (ok && issuedId) void navigate(`/recommendations/${issuedId}`);
  };

  const enumSelect = <T extends string>(values: readonly T[], label: (value: T) => string) =>
    values.map((value) => ({ value, label: label(value) }));

  return (
    <Stack gap="lg" maw={900}>
      <Breadcrumbs aria-label={t('nav.breadcrumbs')}>
        <Anchor component={Link} to="/recommendations" size="sm">
          {t('list.title')}
        </Anchor>
        <Text size="sm" c="dimmed">
          {t('issue.title')}
        </Text>
      </Breadcrumbs>
      <Stack gap={4}>
        <Title order={1}>{t('issue.title')}</Title>
        {current && <Text c="dimmed">{t('issue.onBehalfOf', { organisation: current.organisation.name })}</Text>}
      </Stack>
      {!current && <Alert color="blue">{t('issue.noOrganisation')}</Alert>}

      <Card withBorder radius="md" padding="lg">
        <form onSubmit={(event) => void handleSubmit(event)} aria-label={t('issue.title')}>
          <Stack gap="md">
            {problems}
            <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
              <TextInput
                label={t('fields.reference')}
                description={t('fields.referenceHint')}
                required
                value={reference}
                onChange={(event) => setReference(event.currentTarget.value)}
                // The API says INVALID both for a reused and for a malformed reference: explain both.
                error={fieldError('reference') && t('fields.referenceInvalid')}
              />
              <AddresseeSelect
                label={t('fields.addressee')}
                description={t('fields.addresseeHint')}
                value={addresseeId}
                onChange={setAddresseeId}
                required
                error={fieldError('addresseeId')}
              />
            </SimpleGrid>
            <TextInput
              label={t('fields.title')}
              required
              value={title}
              onChange={(event) => setTitle(event.currentTarget.value)}
              error={fieldError('title')}
            />
            <Textarea
              label={t('fields.text')}
              autosize
              minRows={4}
              maxRows={16}
              value={text}
              onChange={(event) => setText(event.currentTarget.value)}
              error={fieldError('text')}
            />
            <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
              <Select
                label={t('fields.source')}
                data={enumSelect(RECOMMENDATION_SOURCES, (v) => t(`enums.RecommendationSource.${v}`))}
                value={source}
                allowDeselect={false}
                onChange={(value) => isOneOf(RECOMMENDATION_SOURCES, value) && setSource(value)}
                error={fieldError('source')}
              />
              <TextInput
                label={t('fields.theme')}
                description={t('fields.themeHint')}
                value={theme}
                onChange={(event) => setTheme(event.currentTarget.value)}
                error={fieldError('theme')}
              />
              <Select
                label={t('fields.level')}
                data={enumSelect(RECOMMENDATION_LEVELS, (v) => t(`enums.RecommendationLevel.${v}`))}
                value={level}
                allowDeselect={false}
                onChange={(value) => isOneOf(RECOMMENDATION_LEVELS, value) && setLevel(value)}
                error={fieldError('level')}
              />
              <Select
                label={t('fields.priority')}
                data={enumSelect(PRIORITIES, (v) => t(`enums.Priority.${v}`))}
                value={priority}
                allowDeselect={false}
                onChange={(value) => isOneOf(PRIORITIES, value) && setPriority(value)}
                error={fieldError('priority')}
              />
              <TextInput
                type="date"
                label={t('fields.issuedOn')}
                required
                value={issuedOn}
                onChange={(event) => setIssuedOn(event.currentTarget.value)}
                error={fieldError('issuedOn')}
              />
              <TextInput
                type="date"
                label={t('fields.targetDate')}
                min={issuedOn}
                value={targetDate}
                onChange={(event) => setTargetDate(event.currentTarget.value)}
                error={fieldError('targetDate')}
              />
            </SimpleGrid>

            <Title order={2} fz="h4" mt="sm">
              {t('issue.links')}
            </Title>
            <FindingPicker
              label={t('fields.findings')}
              value={findings}
              onChange={setFindings}
              error={fieldError('findingIds')}
            />
            <PlacePicker
              label={t('fields.places')}
              value={places}
              onChange={setPlaces}
              error={fieldError('placeIds')}
            />
            <RecommendationPicker
              label={t('fields.repeats')}
              description={t('fields.repeatsHint')}
              value={repeats}
              onChange={setRepeats}
              error={fieldError('repeatsId')}
            />

            <Title order={2} fz="h4" mt="sm">
              {t('issue.access')}
            </Title>
            <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
              <ClassificationPicker
                value={classification}
                onChange={setClassification}
                error={fieldError('classification') ?? fieldError('countryCode')}
              />
              <Select
                label={t('fields.workingGroup')}
                description={t('fields.workingGroupHint')}
                data={workingGroups.map((group) => ({ value: group.id, label: group.name }))}
                value={workingGroupId}
                onChange={setWorkingGroupId}
                clearable
                required={classification === 'WORKING_GROUP'}
                error={fieldError('workingGroupId')}
              />
            </SimpleGrid>

            <Group justify="flex-end" mt="sm">
              <Button component={Link} to="/recommendations" variant="default">
                {t('form.cancel')}
              </Button>
              <Button type="submit" loading={loading} disabled={!current}>
                {t('issue.submit')}
              </Button>
            </Group>
          </Stack>
        </form>
      </Card>
    </Stack>
  );
}
