import { describe, expect, it } from 'vitest';
import {
  addToTeam,
  incompleteMembers,
  removeFromTeam,
  setTeamLeader,
  teamInput,
  updateTeamMember,
  type TeamDraftMember,
} from './team.ts';

describe('visit team builder', () => {
  it('makes the first person added the leader and adds each person once', () => {
    const team = addToTeam(addToTeam(addToTeam([], 'ana'), 'bruno'), 'ana');
    expect(team.map((member) => [member.userId, member.leader])).toEqual([
      ['ana', true],
      ['bruno', false],
    ]);
  });

  it('keeps a single leader', () => {
    const team = setTeamLeader(addToTeam(addToTeam([], 'ana'), 'bruno'), 'bruno');
    expect(team.filter((member) => member.leader).map((member) => member.userId)).toEqual(['bruno']);
  });

  it('hands the lead to the next person when the leader leaves', () => {
    const team = removeFromTeam(addToTeam(addToTeam([], 'ana'), 'bruno'), 'ana');
    expect(team).toEqual([{ userId: 'bruno', expertise: null, gender: null, leader: true }]);
    expect(removeFromTeam(team, 'bruno')).toEqual([]);
  });

  it('builds the API input only once everyone has an expertise and a gender', () => {
    let team: TeamDraftMember[] = addToTeam(addToTeam([], 'ana'), 'bruno');
    team = updateTeamMember(team, 'ana', { expertise: 'LAW', gender: 'FEMALE' });
    expect(incompleteMembers(team)).toEqual(['bruno']);
    expect(teamInput(team)).toBeNull();
    team = updateTeamMember(team, 'bruno', { expertise: 'MEDICINE', gender: 'MALE' });
    expect(teamInput(team)).toEqual([
      { userId: 'ana', expertise: 'LAW', gender: 'FEMALE', leader: true },
      { userId: 'bruno', expertise: 'MEDICINE', gender: 'MALE', leader: false },
    ]);
  });
});
