import { createCaseRequestSchema, type AuthUser, type Case, type CaseRecommendation } from '@digihjaelp/contract';
import {
  caseFieldsFromDraft,
  deviates,
  draftFromCase,
  helpLevelLabel,
  newCaseDraft,
  recommendationKey,
} from './case-draft';

const counterStaff: AuthUser = {
  id: '6f1c7a4e-2b1d-4c1e-9a0b-1d2e3f405060',
  username: 'skranke',
  displayName: 'Sanne Skranke',
  role: 'counter',
  defaultBranchKey: 'hovedbiblioteket',
};

/** Whether the API would accept these fields, logged after triage, as a new case (schema and cross-field rules). */
const acceptedByApi = (fields: ReturnType<typeof caseFieldsFromDraft>, recommended: CaseRecommendation) =>
  createCaseRequestSchema.safeParse({
    ...fields,
    minutes: fields.minutes || 5,
    triage: { flowVersion: 1, answers: {}, recommended },
  }).success;

describe('a new case after a recommendation', () => {
  it('gives the recommended level, "solved", the own branch and walk-in: one click to log', () => {
    const draft = newCaseDraft(counterStaff, { categoryKey: 'digital-post', recommended: { level: 3 } });
    expect(draft).toMatchObject({
      levelGiven: '3',
      outcome: 'solved',
      referralTarget: '',
      branchKey: 'hovedbiblioteket',
      channelKey: 'walk-in',
      categoryKey: 'digital-post',
      secondCategoryKey: '',
    });
    expect(acceptedByApi(caseFieldsFromDraft(draft, { level: 3 }), { level: 3 })).toBe(true);
  });

  it('after a referral: outcome referred, to the recommended place, at level 1', () => {
    const recommended = { referral: 'mitid-support' } as const;
    const draft = newCaseDraft(counterStaff, { categoryKey: 'fraud', recommended });
    expect(draft).toMatchObject({ outcome: 'referred', referralTarget: 'mitid-support', levelGiven: '1' });
    expect(caseFieldsFromDraft(draft, recommended).referralTarget).toBe('mitid-support');
    expect(acceptedByApi(caseFieldsFromDraft(draft, recommended), recommended)).toBe(true);
  });

  it('after "not permitted": outcome refused, with no level given — a refusal is no step on the ladder', () => {
    const recommended = { notPermitted: true as const };
    const draft = { ...newCaseDraft(counterStaff, { recommended }), categoryKey: 'digital-post', minutes: '4' };
    expect(draft).toMatchObject({ outcome: 'refused_not_permitted', levelGiven: '' });
    expect(caseFieldsFromDraft(draft, recommended).levelGiven).toBeNull();
    expect(acceptedByApi(caseFieldsFromDraft(draft, recommended), recommended)).toBe(true);
    // Helping at the alternative offered (a lasting arrangement) is recorded as that level.
    expect(caseFieldsFromDraft({ ...draft, levelGiven: '4' }, recommended).levelGiven).toBe(4);
    // Any other outcome needs a level.
    expect(acceptedByApi(caseFieldsFromDraft({ ...draft, outcome: 'solved' }, recommended), recommended)).toBe(false);
  });

  it('without triage: level 2, and no branch when the staff member has no default', () => {
    const draft = newCaseDraft({ ...counterStaff, defaultBranchKey: null }, {});
    expect(draft).toMatchObject({ levelGiven: '2', outcome: 'solved', branchKey: '' });
  });
});

describe('what the form sends', () => {
  const base = newCaseDraft(counterStaff, { categoryKey: 'digital-post', recommended: { level: 2 } });

  it('sends an empty minutes box as 0, so the server names the field', () => {
    expect(caseFieldsFromDraft({ ...base, minutes: '' }, { level: 2 }).minutes).toBe(0);
    expect(caseFieldsFromDraft({ ...base, minutes: '12' }, { level: 2 }).minutes).toBe(12);
  });

  it('sends the categories chosen, first then second, and leaves out an empty second', () => {
    expect(caseFieldsFromDraft(base, { level: 2 }).categoryKeys).toEqual(['digital-post']);
    expect(caseFieldsFromDraft({ ...base, secondCategoryKey: 'tax' }, { level: 2 }).categoryKeys).toEqual([
      'digital-post',
      'tax',
    ]);
  });

  it('sends a referral target only when the outcome is "referred"', () => {
    const solved = { ...base, referralTarget: 'bank' };
    expect(caseFieldsFromDraft(solved, { level: 2 }).referralTarget).toBeNull();
    expect(caseFieldsFromDraft({ ...solved, outcome: 'referred' }, { level: 2 }).referralTarget).toBe('bank');
  });

  it('asks for and sends a reason only when the level given differs from the recommended one', () => {
    const higher = { ...base, levelGiven: '4', deviationReason: 'Borgeren var meget usikker' };
    expect(deviates(base, { level: 2 })).toBe(false);
    expect(deviates(higher, { level: 2 })).toBe(true);
    expect(deviates(higher, { referral: 'bank' })).toBe(false);
    expect(caseFieldsFromDraft(higher, { level: 2 }).deviationReason).toBe('Borgeren var meget usikker');
    expect(caseFieldsFromDraft({ ...base, deviationReason: 'glemt tekst' }, { level: 2 }).deviationReason).toBeNull();
    expect(acceptedByApi(caseFieldsFromDraft(higher, { level: 2 }), { level: 2 })).toBe(true);
    expect(acceptedByApi({ ...caseFieldsFromDraft(base, { level: 2 }), deviationReason: 'x' }, { level: 2 })).toBe(
      false,
    );
  });

  it('sends "no age given" as null', () => {
    expect(caseFieldsFromDraft(base, { level: 2 }).ageBand).toBeNull();
    expect(caseFieldsFromDraft({ ...base, ageBand: '65-79' }, { level: 2 }).ageBand).toBe('65-79');
  });
});

it('opens a logged case for correcting with its values, and sends them back unchanged', () => {
  const logged: Case = {
    id: '0b6c1f52-6d1e-4a43-9b7a-5f2f3c1d2e10',
    createdAt: '2027-05-31T12:05:00.000Z',
    updatedAt: '2027-05-31T12:05:00.000Z',
    version: 1,
    staff: { id: counterStaff.id, displayName: counterStaff.displayName },
    branchKey: 'nord',
    channelKey: 'phone',
    categoryKeys: ['mitid', 'digital-post'],
    triage: null,
    levelGiven: 3,
    outcome: 'partly_solved',
    referralTarget: null,
    minutes: 14,
    guideSlugs: ['mitid-glemt-adgangskode'],
    repeatVisit: true,
    ageBand: '80+',
    note: 'Kommer igen med sin telefon',
    deviationReason: null,
    notesErasedAt: null,
    canEdit: true,
  };
  const draft = draftFromCase(logged);
  expect(draft).toMatchObject({ categoryKey: 'mitid', secondCategoryKey: 'digital-post', levelGiven: '3' });
  // Every field the form sends holds the case's own value.
  expect(logged).toMatchObject(caseFieldsFromDraft(draft, null));
});

it('names a recommendation by what it recommends, so the form notices only a real change', () => {
  expect(recommendationKey({ level: 3 })).toBe(recommendationKey({ level: 3 }));
  expect(recommendationKey({ level: 3 })).not.toBe(recommendationKey({ level: 2 }));
  expect(recommendationKey({ referral: 'bank' })).not.toBe(recommendationKey({ referral: 'police' }));
  expect(recommendationKey({ notPermitted: true })).not.toBe(recommendationKey(undefined));
});

it('labels a level with its number and name in the interface language', () => {
  expect(helpLevelLabel(3, 'da')).toBe('3 · Sidemandshjælp');
  expect(helpLevelLabel(1, 'en')).toBe('1 · Signposting');
});
