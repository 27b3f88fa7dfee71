import {
  helpLevelNames,
  type AuthUser,
  type Case,
  type CaseOutcome,
  type CaseRecommendation,
  type CreateCaseRequest,
  type HelpLevel,
  type UpdateCaseRequest,
} from '@digihjaelp/contract';
import type { Language } from '../../i18n/locale';

/** The level given of a refusal where no help was given. */
export const NO_LEVEL = '';

/** The case form's values, as the controls hold them ('' = not chosen). */
export interface CaseDraft {
  branchKey: string;
  channelKey: string;
  categoryKey: string;
  secondCategoryKey: string;
  levelGiven: string;
  outcome: CaseOutcome;
  referralTarget: string;
  minutes: string;
  guideSlugs: string[];
  repeatVisit: boolean;
  ageBand: string;
  note: string;
  deviationReason: string;
}

export const recommendedLevelOf = (recommended: CaseRecommendation | null | undefined) =>
  recommended && 'level' in recommended ? recommended.level : undefined;

/** Names what triage recommended ("level:3", "referral:bank", "notPermitted", "none"), to notice when it changes. */
export function recommendationKey(recommended: CaseRecommendation | undefined): string {
  if (!recommended) return 'none';
  if ('level' in recommended) return `level:${recommended.level}`;
  if ('referral' in recommended) return `referral:${recommended.referral}`;
  return 'notPermitted';
}

/**
 * A new case's defaults, so that logging after a recommendation is one click: the level given is
 * the recommended one, the outcome "solved" (or what a referral or refusal implies), the branch
 * the staff member's own, the channel walk-in.
 */
export function newCaseDraft(
  user: AuthUser,
  prefill: { categoryKey?: string; recommended?: CaseRecommendation },
): CaseDraft {
  const { recommended } = prefill;
  const referral = recommended && 'referral' in recommended ? recommended.referral : '';
  const refused = Boolean(recommended && 'notPermitted' in recommended);
  return {
    branchKey: user.defaultBranchKey ?? '',
    channelKey: 'walk-in',
    categoryKey: prefill.categoryKey ?? '',
    secondCategoryKey: '',
    // A refusal is no step on the ladder: no level, unless the worker helped at another one.
    levelGiven: refused ? NO_LEVEL : String(recommendedLevelOf(recommended) ?? (referral ? 1 : 2)),
    outcome: referral ? 'referred' : refused ? 'refused_not_permitted' : 'solved',
    referralTarget: referral,
    minutes: '',
    guideSlugs: [],
    repeatVisit: false,
    ageBand: '',
    note: '',
    deviationReason: '',
  };
}

export function draftFromCase(record: Case): CaseDraft {
  return {
    branchKey: record.branchKey,
    channelKey: record.channelKey,
    categoryKey: record.categoryKeys[0] ?? '',
    secondCategoryKey: record.categoryKeys[1] ?? '',
    levelGiven: record.levelGiven === null ? NO_LEVEL : String(record.levelGiven),
    outcome: record.outcome,
    referralTarget: record.referralTarget ?? '',
    minutes: String(record.minutes),
    guideSlugs: record.guideSlugs,
    repeatVisit: record.repeatVisit,
    ageBand: record.ageBand ?? '',
    note: record.note ?? '',
    deviationReason: record.deviationReason ?? '',
  };
}

/** A reason is asked for only when a level given differs from a recommended level. */
export const deviates = (draft: CaseDraft, recommended: CaseRecommendation | null | undefined) => {
  const level = recommendedLevelOf(recommended);
  return level !== undefined && draft.levelGiven !== NO_LEVEL && String(level) !== draft.levelGiven;
};

/** The editable fields as the API takes them; the server validates them again. */
export function caseFieldsFromDraft(draft: CaseDraft, recommended: CaseRecommendation | null | undefined) {
  return {
    branchKey: draft.branchKey,
    channelKey: draft.channelKey,
    categoryKeys: [draft.categoryKey, draft.secondCategoryKey].filter((key) => key !== ''),
    levelGiven: draft.levelGiven === NO_LEVEL ? null : (Number(draft.levelGiven) as HelpLevel),
    outcome: draft.outcome,
    referralTarget:
      draft.outcome === 'referred' ? ((draft.referralTarget || null) as CreateCaseRequest['referralTarget']) : null,
    // An empty box is sent as 0, so the server names the field.
    minutes: Number(draft.minutes || 0),
    guideSlugs: draft.guideSlugs,
    repeatVisit: draft.repeatVisit,
    ageBand: (draft.ageBand || null) as CreateCaseRequest['ageBand'],
    note: draft.note,
    deviationReason: deviates(draft, recommended) ? draft.deviationReason : null,
  } satisfies Omit<UpdateCaseRequest, 'version'>;
}

/** "3 · Sidemandshjælp": a level's number and name. */
export const helpLevelLabel = (level: HelpLevel, language: Language) => `${level} · ${helpLevelNames[level][language]}`;
