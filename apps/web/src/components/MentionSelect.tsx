import { useQuery } from '@apollo/client/react';
import { MultiSelect, Pill } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { graphql } from '../__generated__/gql.ts';

const MentionSelect_Members = graphql(`
  query MentionSelect_Members {
    me {
      user {
        id
      }
      actingOrganisation {
        id
        members {
          id
          user {
            id
            displayName
          }
        }
      }
    }
  }
`);

interface Props {
  /** The ids mentioned so far (the form's `mentionUserIds`). */
  value: string[];
  onChange(ids: string[]): void;
  /** Called with the name of each person just picked: the form adds `@Name` to the comment's text. */
  onMention(displayName: string): void;
  error?: React.ReactNode;
}

/**
 * The mention syntax of comments (decision 0034): picking a colleague of the acting organisation adds
 * `@Name` to the text and their id to `mentionUserIds`; the server tells them only if they may read the
 * record. Members of other organisations are not listed (their names are not the viewer's to read).
 */
export function MentionSelect({ value, onChange, onMention, error }: Props) {
  const { t } = useTranslation('notify2');
  const { data } = useQuery(MentionSelect_Members);
  const me = data?.me?.user.id;
  const members = (data?.me?.actingOrganisation?.members ?? []).filter((m) => m.user.id !== me);
  const names = new Map(members.map((m) => [m.user.id, m.user.displayName]));
  if (members.length === 0) return null;
  return (
    <MultiSelect
      label={t('mention.label')}
      description={t('mention.description')}
      placeholder={value.length === 0 ? t('mention.placeholder') : undefined}
      nothingFoundMessage={t('mention.nothingFound')}
      searchable
      data={members.map((m) => ({ value: m.user.id, label: m.user.displayName }))}
      value={value}
      error={error}
      onChange={(ids) => {
        for (const id of ids) if (!value.includes(id)) onMention(names.get(id) ?? '');
        onChange(ids);
      }}
      renderPill={({ option, onRemove }) => (
        <Pill
          withRemoveButton
          onRemove={onRemove}
          removeButtonProps={{ 'aria-label': t('mention.remove', { name: option.label }) }}
        >
          {option.label}
        </Pill>
      )}
    />
  );
}
