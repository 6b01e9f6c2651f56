import { Text } from '@mantine/core';

/** A hit's headline as text, matched words in <mark> (React escapes the text: never HTML from the server). */
export function Headline({ parts }: { parts: readonly { text: string; match: boolean }[] }) {
  if (parts.length === 0) return null;
  return (
    <Text size="sm" c="dimmed" style={{ overflowWrap: 'anywhere' }}>
      {parts.map((part, i) => (part.match ? <mark key={i}>{part.text}</mark> : <span key={i}>{part.text}</span>))}
    </Text>
  );
}
