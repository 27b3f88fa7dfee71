import { accessibilityEn } from '../features/accessibility/accessibility.en';
import { authEn } from '../features/auth/auth.en';
import { branchesEn } from '../features/branches/branches.en';
import { casesEn } from '../features/cases/cases.en';
import { categoriesEn } from '../features/categories/categories.en';
import { guidesEn } from '../features/guides/guides.en';
import { layoutEn } from '../features/layout/layout.en';
import { staffEn } from '../features/staff/staff.en';
import { statisticsEn } from '../features/statistics/statistics.en';
import { tasksEn } from '../features/tasks/tasks.en';
import { flowEditorEn } from '../features/triage/editor/flow-editor.en';
import { triageEn } from '../features/triage/triage.en';
import { uiEn } from '../ui/ui.en';
import type { Translation } from './da';

/** English: each feature's texts, typed by its Danish ones, so no key is missing or extra. */
export const en: Translation = {
  ...layoutEn,
  ...uiEn,
  ...authEn,
  ...tasksEn,
  ...staffEn,
  ...statisticsEn,
  ...triageEn,
  ...flowEditorEn,
  ...branchesEn,
  ...casesEn,
  ...guidesEn,
  ...categoriesEn,
  ...accessibilityEn,
};
