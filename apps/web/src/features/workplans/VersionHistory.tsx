import { useMutation, useQuery } from '@apollo/client/react';
import { Button, Group, Loader, Stack, Table, Text, TextInput, Title, VisuallyHidden } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { graphql } from '../../__generated__/gql.ts';
import { required, useAppForm } from '../../components/form/index.ts';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { formatDateTime } from '../../lib/dates.ts';
import { RestoreVersionModal, VersionViewModal } from './VersionModals.tsx';

/** Newest first, a page at a time. */
const VersionHistory_Versions = graphql(`
  query VersionHistory_Versions($id: ID!, $after: String) {
    workplan(id: $id) {
      id
      versions(first: 20, after: $after) {
        nodes {
          id
          name
          createdAt
          createdBy {
            id
            displayName
          }
        }
        pageInfo {
          endCursor
          hasNextPage
        }
      }
    }
  }
`);

const VersionHistory_Save = graphql(`
  mutation VersionHistory_Save($input: SaveNarrativeVersionInput!) {
    saveNarrativeVersion(input: $input) {
      version {
        id
        name
      }
      userErrors {
        field
        code
        message
      }
    }
  }
`);

interface Version {
  id: string;
  name: string;
  createdAt: string;
  createdBy: { id: string; displayName: string };
}

interface Props {
  workplanId: string;
  canEdit: boolean;
}

/** Named versions of the narrative: save one, read one, restore one on top of the live text. */
export function VersionHistory({ workplanId, canEdit }: Props) {
  const { t, i18n } = useTranslation('workplan');
  const [save, { loading }] = useMutation(VersionHistory_Save, { refetchQueries: ['VersionHistory_Versions'] });
  const list = useQuery(VersionHistory_Versions, { variables: { id: workplanId, after: null } });
  const [loadingMore, setLoadingMore] = useState(false);
  const page = list.data?.workplan.versions;
  const versions: readonly Version[] = page?.nodes ?? [];
  const showMore = async () => {
    if (!page) return;
    setLoadingMore(true);
    try {
      await list.fetchMore({
        variables: { after: page.pageInfo.endCursor },
        updateQuery: (previous, { fetchMoreResult }) => {
          const seen = new Set(previous.workplan.versions.nodes.map((v) => v.id));
          const next = fetchMoreResult.workplan.versions;
          return {
            ...previous,
            workplan: {
              ...previous.workplan,
              versions: {
                ...next,
                nodes: [...previous.workplan.versions.nodes, ...next.nodes.filter((v) => !seen.has(v.id))],
              },
            },
          };
        },
      });
    } finally {
      setLoadingMore(false);
    }
  };
  const { form, problems, submitPayload, handleSubmit } = useAppForm({
    initialValues: { name: '' },
    rules: { name: required },
  });
  const [viewing, setViewing] = useState<Version | null>(null);
  const [restoring, setRestoring] = useState<Version | null>(null);

  const submit = handleSubmit(async (values) => {
    const ok = await submitPayload(async () => {
      const { data } = await save({ variables: { input: { workplanId, name: values.name.trim() } } });
      return data?.saveNarrativeVersion.userErrors;
    });
    if (ok) form.reset();
  });

  return (
    <Stack gap="md" data-testid="version-history">
      <Title order={2} fz="h3">
        {t('versions.title')}
      </Title>
      {canEdit && (
        <form onSubmit={submit} noValidate>
          <Group align="flex-start">
            <TextInput label={t('versions.name')} required {...form.getInputProps('name')} />
            <Button type="submit" loading={loading} mt={25}>
              {t('versions.save')}
            </Button>
          </Group>
        </form>
      )}
      {problems}
      {list.loading && !page && <Loader size="sm" aria-label={t('versions.title')} />}
      {list.error && !page && <ErrorAlert messages={[t('versions.loadError')]} />}
      {!page ? null : versions.length === 0 ? (
        <Text c="dimmed">{t('versions.none')}</Text>
      ) : (
        <Table.ScrollContainer minWidth={480}>
          <Table striped>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('versions.name')}</Table.Th>
                <Table.Th scope="col">{t('versions.by')}</Table.Th>
                <Table.Th scope="col">{t('versions.at')}</Table.Th>
                <Table.Th scope="col">
                  <VisuallyHidden>{t('versions.actions')}</VisuallyHidden>
                </Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {versions.map((version) => (
                <Table.Tr key={version.id}>
                  <Table.Th scope="row">{version.name}</Table.Th>
                  <Table.Td>{version.createdBy.displayName}</Table.Td>
                  <Table.Td>{formatDateTime(version.createdAt, i18n.language)}</Table.Td>
                  <Table.Td>
                    <Group gap="xs">
                      <Button size="xs" variant="light" onClick={() => setViewing(version)}>
                        {t('versions.view')}
                      </Button>
                      {canEdit && (
                        <Button size="xs" variant="subtle" color="orange" onClick={() => setRestoring(version)}>
                          {t('versions.restore')}
                        </Button>
                      )}
                    </Group>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      {page?.pageInfo.hasNextPage && (
        <Group>
          <Button variant="subtle" size="xs" loading={loadingMore} onClick={() => void showMore()}>
            {t('versions.showMore')}
          </Button>
        </Group>
      )}
      <VersionViewModal workplanId={workplanId} version={viewing} onClose={() => setViewing(null)} />
      <RestoreVersionModal workplanId={workplanId} version={restoring} onClose={() => setRestoring(null)} />
    </Stack>
  );
}
