import type { Category } from '@digihjaelp/contract';
import type { Locale } from '../../i18n/locale';

/**
 * Best matches first: a name (in the reader's language) starting with the text, then a word
 * starting with it, then any part of the name or the key. Letter case does not matter.
 */
export function matchCategories(categories: Category[], text: string, locale: Pick<Locale, 'name'>): Category[] {
  const wanted = text.trim().toLocaleLowerCase('da');
  if (!wanted) return categories;
  const rank = (category: Category) => {
    const name = locale.name(category).toLocaleLowerCase('da');
    if (name.startsWith(wanted)) return 0;
    if (name.split(/[\s:(,/]+/).some((word) => word.startsWith(wanted))) return 1;
    return name.includes(wanted) || category.key.includes(wanted) ? 2 : undefined;
  };
  return categories
    .map((category) => ({ category, rank: rank(category) }))
    .filter((entry): entry is { category: Category; rank: number } => entry.rank !== undefined)
    .sort((a, b) => a.rank - b.rank || a.category.sortOrder - b.category.sortOrder)
    .map((entry) => entry.category);
}
