/**
 * The case log's web parts. `CaseLogForm` is the "Afslut og log" step: give it what triage knows
 * (categoryKey, flowVersion, answers, recommended, guideSlugs, visitStartedAt) and it saves the visit.
 */
export { CaseLogForm, type CaseLogFormProps } from './case-log-form';
export { CaseList } from './case-list';
export { LoggedCase } from './logged-case';
export { CaseDetails } from './case-details';
