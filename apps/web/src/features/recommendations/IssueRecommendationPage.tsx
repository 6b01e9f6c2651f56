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
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { graphql } from '../../__generated__/gql.ts';
import { all, LocalDateInput, localDate, notBefore, required, useAppForm } from '../../components/form/index.ts';
import {
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
import { usePrefillFromFinding } from '../discovery/IssueFromFinding.tsx';

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

/** Server input fields that this form edits under another name. */
const ALIASES = { findingIds: 'findings', placeIds: 'places', repeatsId: 'repeats', countryCode: 'classification' };

/** Issues a recommendation to a State authority on behalf of the viewer's current organisation. */
export function IssueRecommendationPage() {
  const { t } = useTranslation('tracker');
  usePageTitle(t('issue.title'));
  const navigate = useNavigate();
  const { current } = useShell();
  const { workingGroups } = useKnownOrganisations();
  const [issue, { loading }] = useMutation(IssueRecommendationPage_Issue);
  const { form, problems, submitPayload, handleSubmit, field } = useAppForm({
    initialValues: {
      reference: '',
      title: '',
      text: '',
      source: 'NPM_VISIT_REPORT' as RecommendationSource,
      addresseeId: null as string | null,
      theme: '',
      level: 'PLACE' as RecommendationLevel,
      priority: 'MEDIUM' as Priority,
      issuedOn: todayLocalDate(),
      targetDate: '',
      findings: [] as PickedRecord[],
      places: [] as PickedRecord[],
      repeats: null as PickedRecord | null,
      classification: 'ORGANISATION' as Classification,
      workingGroupId: null as string | null,
    },
    rules: {
      reference: required,
      addresseeId: required,
      title: required,
      issuedOn: all(required, localDate),
      targetDate: all(
        localDate,
        notBefore((values: { issuedOn: string }) => values.issuedOn),
      ),
      workingGroupId: (value, values) => (values.classification === 'WORKING_GROUP' ? required(value, values) : null),
    },
    aliases: ALIASES,
    // The API says INVALID both for a reused and for a malformed reference: explain both.
    explain: (path, code) => (path === 'reference' && code === 'INVALID' ? t('fields.referenceInvalid') : undefined),
  });
  const values = form.getValues();
  // Opened from a finding ("issue a recommendation from this finding"): start from its links.
  usePrefillFromFinding(
    useCallback(
      (prefill) => {
        form.setFieldValue('findings', prefill.findings);
        form.setFieldValue('places', prefill.places);
        if (!form.getValues().title) form.setFieldValue('title', prefill.title);
      },
      // eslint-disable-next-line react-hooks/exhaustive-deps -- the form object is stable
      [],
    ),
  );

  const submit = handleSubmit(async (input) => {
    let issuedId: string | undefined;
    const ok = await submitPayload(async () => {
      const { data } = await issue({
        variables: {
          input: {
            reference: input.reference.trim(),
            title: input.title.trim(),
            text: input.text.trim() || null,
            source: input.source,
            addresseeId: input.addresseeId ?? '',
            theme: input.theme.trim() || null,
            level: input.level,
            priority: input.priority,
            issuedOn: input.issuedOn,
            targetDate: input.targetDate || null,
            findingIds: input.findings.map((finding) => finding.value),
            placeIds: input.places.map((place) => place.value),
            repeatsId: input.repeats?.value ?? null,
            classification: input.classification,
            workingGroupId: input.workingGroupId,
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
  });

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
        <form onSubmit={submit} noValidate aria-label={t('issue.title')}>
          <Stack gap="md">
            {problems}
            <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
              <TextInput
                label={t('fields.reference')}
                description={t('fields.referenceHint')}
                required
                {...form.getInputProps('reference')}
              />
              <AddresseeSelect
                label={t('fields.addressee')}
                description={t('fields.addresseeHint')}
                required
                {...field('addresseeId')}
              />
            </SimpleGrid>
            <TextInput label={t('fields.title')} required {...form.getInputProps('title')} />
            <Textarea label={t('fields.text')} autosize minRows={4} maxRows={16} {...form.getInputProps('text')} />
            <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
              <Select
                label={t('fields.source')}
                data={enumSelect(RECOMMENDATION_SOURCES, (v) => t(`enums.RecommendationSource.${v}`))}
                allowDeselect={false}
                {...form.getInputProps('source')}
              />
              <TextInput
                label={t('fields.theme')}
                description={t('fields.themeHint')}
                {...form.getInputProps('theme')}
              />
              <Select
                label={t('fields.level')}
                data={enumSelect(RECOMMENDATION_LEVELS, (v) => t(`enums.RecommendationLevel.${v}`))}
                allowDeselect={false}
                {...form.getInputProps('level')}
              />
              <Select
                label={t('fields.priority')}
                data={enumSelect(PRIORITIES, (v) => t(`enums.Priority.${v}`))}
                allowDeselect={false}
                {...form.getInputProps('priority')}
              />
              <LocalDateInput label={t('fields.issuedOn')} required {...form.getInputProps('issuedOn')} />
              <LocalDateInput
                label={t('fields.targetDate')}
                min={values.issuedOn}
                {...form.getInputProps('targetDate')}
              />
            </SimpleGrid>

            <Title order={2} fz="h4" mt="sm">
              {t('issue.links')}
            </Title>
            <FindingPicker label={t('fields.findings')} {...field('findings')} />
            <PlacePicker label={t('fields.places')} {...field('places')} />
            <RecommendationPicker
              label={t('fields.repeats')}
              description={t('fields.repeatsHint')}
              {...field('repeats')}
            />

            <Title order={2} fz="h4" mt="sm">
              {t('issue.access')}
            </Title>
            <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
              <ClassificationPicker {...field('classification')} />
              <Select
                label={t('fields.workingGroup')}
                description={t('fields.workingGroupHint')}
                data={workingGroups.map((group) => ({ value: group.id, label: group.name }))}
                clearable
                required={values.classification === 'WORKING_GROUP'}
                {...form.getInputProps('workingGroupId')}
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
