import type { AuthUser, Case, CaseAuditEntry } from '@digihjaelp/contract';
import type { StaffAccountEntity } from '../staff/staff-account.entity';
import type { CaseAuditEntity } from './case-audit.entity';
import type { CaseEntity } from './case.entity';
import { canEditCase, recommendationOf } from './cases.service';

const staffRef = (staff: StaffAccountEntity) => ({ id: staff.id, displayName: staff.displayName });

/** `record.staff` must be loaded; `canEdit` is answered for the viewer. */
export function presentCase(record: CaseEntity, viewer: AuthUser): Case {
  const recommended = recommendationOf(record);
  return {
    id: record.id,
    createdAt: record.createdAt.toISOString(),
    updatedAt: record.updatedAt.toISOString(),
    version: record.version,
    staff: staffRef(record.staff!),
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
    canEdit: canEditCase(viewer, record),
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
