import { startAuthentication, startRegistration } from '@simplewebauthn/browser';

/**
 * The browser's side of a passkey ceremony (decision 0037): the server's options in, the
 * authenticator's answer out, both as JSON strings. A person who cancels, or a browser without
 * passkeys, is a `null` with the reason, never an exception for the page to catch.
 */
export type CeremonyResult = { responseJson: string } | { refused: 'cancelled' | 'unsupported' };

function refusal(error: unknown): CeremonyResult {
  const name = (error as { name?: string } | null)?.name;
  return { refused: name === 'NotSupportedError' || name === 'SecurityError' ? 'unsupported' : 'cancelled' };
}

export async function passkeyRegistration(optionsJson: string): Promise<CeremonyResult> {
  try {
    const response = await startRegistration({ optionsJSON: JSON.parse(optionsJson) as never });
    return { responseJson: JSON.stringify(response) };
  } catch (error) {
    return refusal(error);
  }
}

export async function passkeyAssertion(optionsJson: string): Promise<CeremonyResult> {
  try {
    const response = await startAuthentication({ optionsJSON: JSON.parse(optionsJson) as never });
    return { responseJson: JSON.stringify(response) };
  } catch (error) {
    return refusal(error);
  }
}
