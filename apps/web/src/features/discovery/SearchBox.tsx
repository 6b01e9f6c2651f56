import { ActionIcon, em, TextInput } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';

/**
 * The header's one search box. Where the header has no room for it beside the organisation, language
 * and account controls (below 1440 px), a link to the search page, which has its own box.
 */
export function SearchBox() {
  const { t } = useTranslation('discovery');
  const navigate = useNavigate();
  const [text, setText] = useState('');
  const roomy = useMediaQuery(`(min-width: ${em(1440)})`, true, { getInitialValueInEffect: false });
  if (!roomy) {
    return (
      <ActionIcon component={Link} to="/search" variant="subtle" size="lg" aria-label={t('search.open')}>
        <svg
          width="18"
          height="18"
          viewBox="0 0 24 24"
          aria-hidden="true"
          fill="none"
          stroke="currentColor"
          strokeWidth="2"
        >
          <circle cx="11" cy="11" r="7" />
          <path d="m20 20-3.5-3.5" />
        </svg>
      </ActionIcon>
    );
  }
  return (
    <form
      role="search"
      onSubmit={(event) => {
        event.preventDefault();
        const query = text.trim();
        void navigate(query ? `/search?${new URLSearchParams({ q: query }).toString()}` : '/search');
      }}
    >
      <TextInput
        aria-label={t('search.label')}
        type="search"
        size="sm"
        w={220}
        maxLength={200}
        placeholder={t('search.placeholder')}
        value={text}
        onChange={(event) => setText(event.currentTarget.value)}
      />
    </form>
  );
}
