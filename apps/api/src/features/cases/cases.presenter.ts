import { mayEditCase, type AuthUser, type Case, type CaseAuditEntry } from '@digihjaelp/contract';
import type { StaffAccountEntity } from '../staff/staff-account.entity';
import type { CaseAuditEntity } from './case-audit.entity';
import type { CaseEntity } from './case.entity';
import { recommendationOf } from './case-columns';

const staffRef = (staff: Pick<StaffAccountEntity, 'id' | 'displayName'>) => ({
  id: staff.id,
  displayName: staff.displayName,
});

/**
 * `canEdit` is answered for the viewer. Who logged the case: `record.staff` when loaded, or the
 * viewer for a case they have just logged themselves.
 */
export function presentCase(record: CaseEntity, viewer: AuthUser): Case {
  const author = record.staff ?? (record.staffId === viewer.id ? viewer : undefined);
  if (!author) throw new Error('presentCase needs the case with its staff member loaded');
  const recommended = recommendationOf(record);
  return {
    id: record.id,
    createdAt: record.createdAt.toISOString(),
    updatedAt: record.updatedAt.toISOString(),
    version: record.version,
    staff: staffRef(author),
    branchKey: record.branchKey,
    channelKey: record.channelKey,
    categoryKeys: record.categoryKeys,
    triage:
      record.flowVersion !== null && recommended
        ? { flowVersion: record.flowVersion, answers: record.triageAnswers ?? {}, recommended }
        : null,
    levelGiven: record.levelGiven,
    outcome: record.outcome,
    referralTarget: record.referralTarget,
    minutes: record.minutes,
    guideSlugs: record.guideSlugs,
    repeatVisit: record.repeatVisit,
    ageBand: record.ageBand,
    note: record.note,
    deviationReason: record.deviationReason,
    notesErasedAt: record.notesErasedAt?.toISOString() ?? null,
    canEdit: mayEditCase(viewer, record),
  };
}

export function presentCaseAuditEntry(entry: CaseAuditEntity): CaseAuditEntry {
  return {
    id: entry.id,
    at: entry.at.toISOString(),
    action: entry.action,
    staff: entry.staff ? staffRef(entry.staff) : null,
    changes: entry.changes,
  };
}
