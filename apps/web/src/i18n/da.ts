import { accessibilityDa } from '../features/accessibility/accessibility.da';
import { authDa } from '../features/auth/auth.da';
import { branchesDa } from '../features/branches/branches.da';
import { casesDa } from '../features/cases/cases.da';
import { categoriesDa } from '../features/categories/categories.da';
import { guidesDa } from '../features/guides/guides.da';
import { layoutDa } from '../features/layout/layout.da';
import { staffDa } from '../features/staff/staff.da';
import { statisticsDa } from '../features/statistics/statistics.da';
import { tasksDa } from '../features/tasks/tasks.da';
import { flowEditorDa } from '../features/triage/editor/flow-editor.da';
import { triageDa } from '../features/triage/triage.da';
import { uiDa } from '../ui/ui.da';
import type { Messages } from './messages';

/**
 * Danish, the default language: each feature keeps its texts beside its code, merged here. The
 * shape of this object is the type every other language must match, key for key.
 */
export const da = {
  ...layoutDa,
  ...uiDa,
  ...authDa,
  ...tasksDa,
  ...staffDa,
  ...statisticsDa,
  ...triageDa,
  ...flowEditorDa,
  ...branchesDa,
  ...casesDa,
  ...guidesDa,
  ...categoriesDa,
  ...accessibilityDa,
};

export type Translation = Messages<typeof da>;
