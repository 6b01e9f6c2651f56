/** The membership whose organisation the person chose earlier, or their first one. */
export function pickCurrentMembership<M extends { organisation: { id: string } }>(
  memberships: readonly M[],
  preferredOrganisationId: string | null | undefined,
): M | undefined {
  return memberships.find((membership) => membership.organisation.id === preferredOrganisationId) ?? memberships[0];
}
