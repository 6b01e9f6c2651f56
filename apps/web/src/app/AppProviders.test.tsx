// @vitest-environment happy-dom
import { ApolloClient, HttpLink, InMemoryCache } from '@apollo/client';
import { ApolloProvider } from '@apollo/client/react';
import { AppShell, Button, useDirection } from '@mantine/core';
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { LanguageSwitcher } from '../features/shell/LanguageSwitcher.tsx';
import { setupI18n } from '../i18n/index.ts';
import { AppProviders } from './AppProviders.tsx';
import { directionOf } from './direction.ts';

// React needs this flag to run act() outside a test renderer.
(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

function DirectionProbe() {
  return <output data-testid="direction">{useDirection().dir}</output>;
}

/** The app's shell frame: header with the language switcher, navbar, main, as AppShellLayout lays it out. */
function Shell() {
  return (
    <AppShell header={{ height: 56 }} navbar={{ width: 260, breakpoint: 'md' }} padding="md">
      <AppShell.Header>
        <LanguageSwitcher />
      </AppShell.Header>
      <AppShell.Navbar aria-label="nav">
        <Button>Inicio</Button>
      </AppShell.Navbar>
      <AppShell.Main>
        <DirectionProbe />
      </AppShell.Main>
    </AppShell>
  );
}

let root: Root | null = null;
const client = new ApolloClient({
  link: new HttpLink({ uri: 'http://127.0.0.1:9/graphql' }),
  cache: new InMemoryCache(),
});

async function render(direction?: 'rtl' | 'ltr') {
  const container = document.createElement('div');
  document.body.append(container);
  root = createRoot(container);
  await act(async () => {
    root!.render(
      <ApolloProvider client={client}>
        <AppProviders direction={direction}>
          <Shell />
        </AppProviders>
      </ApolloProvider>,
    );
  });
  return container;
}

beforeAll(async () => {
  await setupI18n();
});

afterEach(async () => {
  await act(async () => root?.unmount());
  root = null;
  document.body.innerHTML = '';
  document.documentElement.removeAttribute('dir');
});

describe('text direction', () => {
  it('renders the shell right to left: dir="rtl" on <html> and in Mantine’s direction context', async () => {
    const container = await render('rtl');
    expect(document.documentElement.getAttribute('dir')).toBe('rtl');
    expect(container.querySelector('[data-testid="direction"]')?.textContent).toBe('rtl');
    // The shell itself rendered: header with the four-language switcher, navbar and main.
    expect(container.querySelectorAll('[role="group"] button')).toHaveLength(4);
    expect(container.querySelector('main')).not.toBeNull();
  });

  it('renders the shipped languages left to right', async () => {
    const container = await render();
    expect(document.documentElement.getAttribute('dir')).toBe('ltr');
    expect(container.querySelector('[data-testid="direction"]')?.textContent).toBe('ltr');
  });

  it('knows which languages are written right to left', () => {
    expect(['es', 'en', 'fr', 'pt-BR'].map(directionOf)).toEqual(['ltr', 'ltr', 'ltr', 'ltr']);
    expect(['ar', 'ar-EG', 'he'].map(directionOf)).toEqual(['rtl', 'rtl', 'rtl']);
  });
});
