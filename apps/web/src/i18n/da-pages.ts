import { accessibilityDa } from '../features/accessibility/accessibility.da';
import { branchesDa } from '../features/branches/branches.da';
import { casesDa } from '../features/cases/cases.da';
import { categoriesDa } from '../features/categories/categories.da';
import { guidesDa } from '../features/guides/guides.da';
import { staffDa } from '../features/staff/staff.da';
import { statisticsDa } from '../features/statistics/statistics.da';
import { translationsDa } from '../features/translations/translations.da';
import { flowEditorDa } from '../features/triage/editor/flow-editor.da';
import { triageDa } from '../features/triage/triage.da';

/** The Danish texts of the pages behind the first screen; `page-texts.ts` adds them when a page loads. */
export const daPages = {
  ...staffDa,
  ...statisticsDa,
  ...triageDa,
  ...flowEditorDa,
  ...branchesDa,
  ...casesDa,
  ...guidesDa,
  ...categoriesDa,
  ...accessibilityDa,
  ...translationsDa,
};
