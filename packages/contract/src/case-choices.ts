// No zod here (the schemas are in cases.ts): the counter screen offers these without loading zod.

/** How a visit ended. */
export const caseOutcomes = ['solved', 'partly_solved', 'not_solved', 'referred', 'refused_not_permitted'] as const;

/** The citizen's age, as a band only: a case is a visit, never a person. */
export const ageBands = ['15-24', '25-44', '45-64', '65-79', '80+'] as const;
