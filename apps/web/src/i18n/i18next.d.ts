import 'i18next';
import type { da } from './da';

declare module 'i18next' {
  interface CustomTypeOptions {
    resources: { translation: typeof da };
  }
}
