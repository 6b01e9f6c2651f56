import type { EntityManager } from '@mikro-orm/postgresql';
import { can } from '@opcat/domain';
import type { Actor, RecordFacts } from '@opcat/domain';
import { Finding, Interviewee, VisitTeamMember } from '../../db/entities/monitoring.ts';
import type { OperationContext } from '../../operation/context.ts';
import { appendAudit, appendAuditEntries } from '../audit/append-audit.ts';
import { loadReference } from '../load-reference.ts';
import { recordFacts } from '../records/facts.ts';
import { addDays, todayUtc } from '../recommendation/dates.ts';
import { visitTeamUserIds } from '../visit/visit-team.ts';
import type { IntervieweeFields } from './finding-input.ts';
import type { KeyRing } from '../../crypto/envelope.ts';
import { openIntervieweeField, sealInterviewee } from '../../crypto/personal-data.ts';
import type { SealedIntervieweeField } from '../../crypto/personal-data.ts';
import { groupBy } from '../../collections.ts';

/** Art. 21(2): personal data is for the owner organisation's visit team only. */
async function personalDataAllowed(
  em: EntityManager,
  actor: Actor | null,
  facts: RecordFacts,
  visitId: string,
): Promise<boolean> {
  if (!actor) return false;
  const visitTeam = await visitTeamUserIds(em, visitId);
  return can(actor, 'record:readPersonalData', { ...facts, visitTeamUserIds: visitTeam });
}

const decisions = new WeakMap<OperationContext, Map<string, Promise<boolean>>>();
const teams = new WeakMap<OperationContext, Map<string, Promise<string[]>>>();
const audits = new WeakMap<OperationContext, Map<string, Promise<void>>>();

function memo<T>(
  cache: WeakMap<OperationContext, Map<string, T>>,
  ctx: OperationContext,
  key: string,
  make: () => T,
): T {
  let perOperation = cache.get(ctx);
  if (!perOperation) cache.set(ctx, (perOperation = new Map()));
  let value = perOperation.get(key);
  if (value === undefined) perOperation.set(key, (value = make()));
  return value;
}

/** Whether the viewer sees the interviewees' personal data of this finding (decided once per operation). */
export function viewerReadsPersonalData(ctx: OperationContext, finding: Finding): Promise<boolean> {
  return memo(decisions, ctx, finding.id, () =>
    personalDataAllowed(ctx.em, ctx.actor, recordFacts(finding), finding.visit.id),
  );
}

/** The owner's visit team of the finding's visit, loaded once per operation (evidence facts need it per file). */
export function findingVisitTeam(ctx: OperationContext, finding: Finding): Promise<string[]> {
  return memo(teams, ctx, finding.visit.id, () => visitTeamUserIds(ctx.em, finding.visit.id));
}

/** Writing interviewees is reading them too: the same visit-team rule. */
export function mayWriteInterviewees(
  tx: EntityManager,
  actor: Actor,
  facts: RecordFacts,
  visitId: string,
): Promise<boolean> {
  return personalDataAllowed(tx, actor, facts, visitId);
}

/**
 * One personal-data field of an interviewee: the value for the visit team, null for everyone else.
 * The first value handed out for a finding in an operation writes one audit entry.
 */
export async function personalField<T>(
  ctx: OperationContext,
  interviewee: Interviewee,
  pick: (i: Interviewee) => T,
): Promise<T | null> {
  const finding = await loadReference(ctx, Finding, interviewee.finding);
  if (!(await viewerReadsPersonalData(ctx, finding))) return null;
  await auditPersonalDataRead(ctx, finding);
  return pick(interviewee);
}

/**
 * A sealed personal field of an interviewee (decision 0026): decrypted only after the policy
 * allowed the read, for the visit team; null for everyone else. Tampered data fails loudly.
 */
export async function sealedPersonalField(
  ctx: OperationContext,
  interviewee: Interviewee,
  field: SealedIntervieweeField,
): Promise<string | null> {
  const finding = await loadReference(ctx, Finding, interviewee.finding);
  if (!(await viewerReadsPersonalData(ctx, finding))) return null;
  await auditPersonalDataRead(ctx, finding);
  return openIntervieweeField(ctx.em, ctx.services.keyRing, interviewee, field);
}

/** One audit entry per finding and operation, however many personal fields or files it hands out. */
export function auditPersonalDataRead(ctx: OperationContext, finding: Finding): Promise<void> {
  return memo(audits, ctx, finding.id, () =>
    appendAudit(ctx.em, ctx.services.env.AUDIT_KEY, {
      action: 'record.readPersonalData',
      actor: ctx.actor,
      subjectType: 'FINDING',
      subjectId: finding.id,
      subjectOrganisationId: finding.ownerOrganisation.id,
      details: { transport: ctx.transport },
    }),
  );
}

/**
 * For a batch of findings (exports, as plain rows): those whose interviewees' personal data the
 * viewer reads, by the same rule as `viewerReadsPersonalData`, with the visit teams of the batch in
 * one statement and one audit entry per allowed finding appended together (one transaction), not
 * one per row.
 */
export async function findingsWithReadablePersonalData(
  ctx: OperationContext,
  findings: readonly { id: string; visitId: string; facts: RecordFacts }[],
): Promise<Set<string>> {
  const allowed = new Set<string>();
  const actor = ctx.actor;
  if (!actor || findings.length === 0) return allowed;
  const visits = [...new Set(findings.map((f) => f.visitId))];
  const members = await ctx.em.find(VisitTeamMember, { visit: { $in: visits } });
  const teams = groupBy(
    members,
    (m) => m.visit.id,
    (m) => m.user.id,
  );
  for (const finding of findings) {
    const visitTeamUserIds = teams.get(finding.visitId) ?? [];
    if (can(actor, 'record:readPersonalData', { ...finding.facts, visitTeamUserIds })) allowed.add(finding.id);
  }
  const audited = findings.filter((f) => allowed.has(f.id));
  if (audited.length) {
    await appendAuditEntries(
      ctx.em,
      ctx.services.env.AUDIT_KEY,
      audited.map((finding) => ({
        action: 'record.readPersonalData',
        actor,
        subjectType: 'FINDING',
        subjectId: finding.id,
        subjectOrganisationId: finding.facts.ownerOrganisationId,
        details: { transport: ctx.transport },
      })),
    );
  }
  return allowed;
}

/** Days until the first welfare check of an interviewee flagged at risk, unless the team sets a date. */
export const WELFARE_CHECK_DAYS = 14;

/** Replaces a finding's interviewees (the caller checked the visit-team rule); returns who is due a welfare check when. */
export async function replaceInterviewees(
  tx: EntityManager,
  keyRing: KeyRing,
  finding: Finding,
  interviewees: readonly IntervieweeFields[],
): Promise<{ pseudonym: string; dueOn: string | null }[]> {
  const current = await tx.find(Interviewee, { finding });
  for (const old of current) tx.remove(old);
  const welfareDates: { pseudonym: string; dueOn: string | null }[] = [];
  for (const person of interviewees) {
    const created = tx.create(Interviewee, {
      finding,
      pseudonym: person.pseudonym,
      identity: person.identity,
      contact: person.contact || null,
      medicalNotes: person.medicalNotes || null,
      atRisk: person.atRisk === true,
      // A person at risk always has a welfare check planned: two weeks out unless the team chose a date.
      welfareCheckDueOn: person.atRisk ? (person.welfareCheckDueOn ?? addDays(todayUtc(), WELFARE_CHECK_DAYS)) : null,
    });
    welfareDates.push({ pseudonym: created.pseudonym, dueOn: created.welfareCheckDueOn });
    // Sealed before it is ever flushed: the plain text never reaches the database.
    await sealInterviewee(tx, keyRing, finding.ownerOrganisation.id, created);
  }
  return welfareDates;
}
