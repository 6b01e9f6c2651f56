import type { VisitTeamMemberInput } from '../../__generated__/graphql.ts';
import type { Expertise, Gender } from '../../lib/enums.ts';

/** A team member being chosen: expertise and gender must be given before the visit is planned. */
export interface TeamDraftMember {
  readonly userId: string;
  readonly expertise: Expertise | null;
  readonly gender: Gender | null;
  readonly leader: boolean;
}

export function addToTeam(team: readonly TeamDraftMember[], userId: string): TeamDraftMember[] {
  if (team.some((member) => member.userId === userId)) return [...team];
  // The first person added leads until someone else is named.
  return [...team, { userId, expertise: null, gender: null, leader: team.length === 0 }];
}

export function removeFromTeam(team: readonly TeamDraftMember[], userId: string): TeamDraftMember[] {
  const rest = team.filter((member) => member.userId !== userId);
  const [first] = rest;
  if (first && !rest.some((member) => member.leader)) return [{ ...first, leader: true }, ...rest.slice(1)];
  return rest;
}

export function updateTeamMember(
  team: readonly TeamDraftMember[],
  userId: string,
  patch: Partial<Pick<TeamDraftMember, 'expertise' | 'gender'>>,
): TeamDraftMember[] {
  return team.map((member) => (member.userId === userId ? { ...member, ...patch } : member));
}

/** One leader per team: naming a leader hands the role over. */
export function setTeamLeader(team: readonly TeamDraftMember[], userId: string): TeamDraftMember[] {
  return team.map((member) => ({ ...member, leader: member.userId === userId }));
}

/** Members whose expertise or gender is still missing. */
export function incompleteMembers(team: readonly TeamDraftMember[]): string[] {
  return team.filter((member) => !member.expertise || !member.gender).map((member) => member.userId);
}

/** The API input for a complete team; null while someone's expertise or gender is missing. */
export function teamInput(team: readonly TeamDraftMember[]): VisitTeamMemberInput[] | null {
  const input: VisitTeamMemberInput[] = [];
  for (const member of team) {
    if (!member.expertise || !member.gender) return null;
    input.push({ userId: member.userId, expertise: member.expertise, gender: member.gender, leader: member.leader });
  }
  return input;
}
