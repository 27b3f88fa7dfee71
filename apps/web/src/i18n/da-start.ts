import { authDa } from '../features/auth/auth.da';
import { layoutDa } from '../features/layout/layout.da';
import { tasksDa } from '../features/tasks/tasks.da';
import { uiDa } from '../ui/ui.da';

/**
 * The Danish texts the first screen needs: the app frame, signing in, the menu of tasks and the
 * form controls. They come with the app's first JavaScript; the pages' texts (`da-pages.ts`) come
 * with the pages.
 */
export const daStart = {
  ...layoutDa,
  ...uiDa,
  ...authDa,
  ...tasksDa,
};
