import i18n from 'i18next';
import { daPages } from './da-pages';

// Imported by the router with every page but the login: the pages' Danish texts join the first
// screen's (English comes whole, when chosen, see index.ts).
i18n.addResourceBundle('da', 'translation', daPages, true);
