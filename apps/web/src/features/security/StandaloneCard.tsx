import { Box, Center, Group, Paper, Stack, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { LanguageSwitcher } from '../shell/LanguageSwitcher.tsx';

/** The sign-in page's frame, for the steps a session takes before the app opens. */
export function StandaloneCard({ title, children }: { title: string; children: ReactNode }) {
  return (
    <Box component="main" mih="100vh" bg="var(--mantine-color-gray-0)">
      <Group justify="flex-end" p="md">
        <LanguageSwitcher />
      </Group>
      <Center px="md" pb="xl">
        <Paper
          withBorder
          shadow="sm"
          radius="md"
          p={{ base: 'lg', sm: 'xl' }}
          w="100%"
          maw={480}
          data-testid="standalone-card"
        >
          <Stack gap="lg">
            <Title order={1} fz="h2">
              {title}
            </Title>
            {children}
          </Stack>
        </Paper>
      </Center>
    </Box>
  );
}
