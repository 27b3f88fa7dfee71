export { allowedValues, answerLabel, answerProblems, nextQuestion, visibleQuestions } from './answers';
export { checkFlow, questionsPerVisit, type FlowCheck } from './check';
export { holds } from './conditions';
export { evaluateFlow, involvesLogin, type CategoryFacts } from './evaluate';
export { generalFlowCategory, seededFlows } from './flows';
export { agreedGuideSlugs } from './guide-slugs';
export { legalNotes, mitIdMustNot, mitIdRuleGuideSlug } from './legal-notes';
export { enumeratePaths, TooManyPathsError, type FlowPath } from './paths';
export { referralContacts } from './referrals';
