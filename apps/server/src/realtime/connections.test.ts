import { describe, expect, it } from 'vitest';
import { createEventBus } from './bus.ts';
import { CLOSE_REVOKED, ConnectionRegistry, TERMINATE_AFTER_CLOSE_MS } from './connections.ts';

function live(userId: string, sessionId: string) {
  const events: string[] = [];
  return {
    events,
    connection: {
      userId,
      sessionId,
      close: (code: number) => events.push(`close ${code}`),
      terminate: () => events.push('terminate'),
    },
  };
}

describe('ConnectionRegistry', () => {
  it('closes a revoked session’s sockets with 4403, then terminates them whether or not the client answers', async () => {
    const bus = createEventBus();
    const registry = new ConnectionRegistry(bus);
    const revoked = live('u1', 's1');
    const other = live('u2', 's2');
    registry.register(revoked.connection);
    registry.register(other.connection);
    await bus.publish('revoke', { sessionId: 's1' });
    expect(revoked.events).toEqual([`close ${CLOSE_REVOKED}`]);
    await new Promise((r) => setTimeout(r, TERMINATE_AFTER_CLOSE_MS + 50));
    expect(revoked.events).toEqual([`close ${CLOSE_REVOKED}`, 'terminate']);
    expect(other.events).toEqual([]);
    expect(registry.size).toBe(1);
    await bus.close();
  });

  it('closes and terminates every socket of a removed member', async () => {
    const bus = createEventBus();
    const registry = new ConnectionRegistry(bus);
    const tabs = [live('u1', 's1'), live('u1', 's2')];
    for (const tab of tabs) registry.register(tab.connection);
    await bus.publish('revoke', { userId: 'u1' });
    await new Promise((r) => setTimeout(r, TERMINATE_AFTER_CLOSE_MS + 50));
    for (const tab of tabs) expect(tab.events).toEqual([`close ${CLOSE_REVOKED}`, 'terminate']);
    await bus.close();
  });
});
