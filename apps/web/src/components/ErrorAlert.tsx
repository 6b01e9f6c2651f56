import { Alert, Text } from '@mantine/core';

/** The messages of a failed action, already translated, above the form or panel they concern. */
export function ErrorAlert({ messages, title }: { messages: readonly string[]; title?: string }) {
  if (messages.length === 0) return null;
  return (
    <Alert color="red" role="alert" title={title}>
      {messages.map((message) => (
        <Text key={message} size="sm">
          {message}
        </Text>
      ))}
    </Alert>
  );
}
