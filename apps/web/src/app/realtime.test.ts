import { describe, expect, it } from 'vitest';
import { graphqlWsUrl, isRevokedClose, retryDelayMs, statusAfterClose } from './realtime.ts';

describe('graphqlWsUrl', () => {
  it('uses the page origin so the session cookie goes with the handshake', () => {
    expect(graphqlWsUrl({ protocol: 'http:', host: 'localhost:5173' })).toBe('ws://localhost:5173/graphql');
    expect(graphqlWsUrl({ protocol: 'https:', host: 'hub.example.org' })).toBe('wss://hub.example.org/graphql');
  });
});

describe('retryDelayMs', () => {
  it('backs off exponentially and stays under a cap', () => {
    expect(retryDelayMs(0, 0.5)).toBe(500);
    expect(retryDelayMs(3, 0.5)).toBe(4000);
    expect(retryDelayMs(20, 0.5)).toBe(30_000);
    expect(retryDelayMs(20, 1)).toBeLessThanOrEqual(37_500);
  });
});

describe('statusAfterClose', () => {
  it('is idle after a normal closure (no subscription needs the socket)', () => {
    expect(statusAfterClose({ code: 1000, reason: 'Normal Closure' })).toBe('idle');
  });

  it('is reconnecting after an abnormal closure or a restart', () => {
    expect(statusAfterClose({ code: 1006, reason: '' })).toBe('reconnecting');
    expect(statusAfterClose({ code: 4205, reason: 'Client Restart' })).toBe('reconnecting');
    expect(statusAfterClose(new Error('boom'))).toBe('reconnecting');
  });
});

describe('isRevokedClose', () => {
  it('recognises the close code the server uses for a revoked session', () => {
    expect(isRevokedClose({ code: 4403, reason: 'Forbidden' })).toBe(true);
    expect(isRevokedClose({ code: 1006, reason: '' })).toBe(false);
    expect(isRevokedClose(undefined)).toBe(false);
  });
});
