import type { DataSource, EntityManager } from 'typeorm';
import { findListItems } from '../admin-lists/admin-list.service';
import { insertCasesInBulk } from '../cases/bulk-insert-cases';
import { CaseEntity } from '../cases/case.entity';
import { GuideEntity } from '../guides/guide.entity';
import { type CaseCatalogue, generateCases } from './case-generator';

/** The same demo year every time for a given end date. */
export const DEMO_CASES_SEED = 20_240_501;

/** What generated cases may name: the active branches, channels and categories, and the published guides. */
export async function loadCaseCatalogue(manager: EntityManager): Promise<CaseCatalogue> {
  const [branches, channels, categories, guides] = await Promise.all([
    findListItems(manager, 'branch'),
    findListItems(manager, 'channel'),
    findListItems(manager, 'category'),
    manager.find(GuideEntity, { where: { status: 'published' }, order: { slug: 'ASC' } }),
  ]);
  const activeKeys = (items: { key: string; active: boolean }[]) =>
    items.filter((item) => item.active).map((item) => item.key);
  const guidesByCategory = new Map<string, string[]>();
  for (const guide of guides) {
    const slugs = guidesByCategory.get(guide.content.categoryKey) ?? [];
    guidesByCategory.set(guide.content.categoryKey, [...slugs, guide.slug]);
  }
  return {
    branches: activeKeys(branches),
    channels: activeKeys(channels),
    categories: activeKeys(categories),
    guides: guidesByCategory,
  };
}

/**
 * Fills an empty case log with about a year of realistic visits up to yesterday, logged by the
 * given staff accounts. Does nothing once any case exists, so nothing a user logged is touched.
 */
export async function seedDemoCases(dataSource: DataSource, staffIds: string[], today = new Date()): Promise<number> {
  if (await dataSource.manager.exists(CaseEntity)) return 0;
  const yesterday = new Date(today.getTime() - 24 * 3_600_000);
  const catalogue = await loadCaseCatalogue(dataSource.manager);
  return insertCasesInBulk(dataSource, generateCases({ seed: DEMO_CASES_SEED, end: yesterday, staffIds, catalogue }));
}
