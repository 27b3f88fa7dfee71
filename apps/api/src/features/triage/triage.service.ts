import type { EntityManager } from 'typeorm';
import type {
  EvaluateRequest,
  FlowDefinition,
  GuideFlowLinks,
  GuideStatus,
  RecommendationContext,
} from '@digihjaelp/contract';
import {
  answerProblems,
  generalFlowCategory,
  recommend,
  seededFlows,
  type FlowCheck,
  type GuideStatuses,
} from '@digihjaelp/triage';
import { AppError, notFound, validationError } from '../../kernel/app-error';
import { CategoryEntity } from '../admin-lists/admin-list-item.entity';
import { checkFlowOffThread } from './flow-check';
import { TriageFlowEntity } from './triage-flow.entity';

/** The knowledge base as the flow check sees it: every guide's status, so a flow links only published guides. */
async function guideStatuses(manager: EntityManager): Promise<GuideStatuses> {
  const rows: { slug: string; status: GuideStatus }[] = await manager.query('SELECT slug, status FROM guides');
  return new Map(rows.map((row) => [row.slug, row.status]));
}

/**
 * Gives every category without a flow its seeded flow as version 1 — in demo and real
 * deployments alike — and brings seeded flows up to date after an upgrade: when a category's
 * current version is still a seeded one (no staff member has saved a version since) and the seed
 * has changed, the new seed becomes the next version. A flow a lead has edited is left alone, and
 * every earlier version stays readable (cases name the version they used).
 */
export async function seedTriageFlows(manager: EntityManager): Promise<string[]> {
  const seeded: string[] = [];
  for (const [categoryKey, definition] of Object.entries(seededFlows)) {
    const inserted: unknown[] = await manager.query(
      `INSERT INTO triage_flows (category_key, version, definition)
       SELECT category.key, coalesce(current.version, 0) + 1, $2::jsonb
       FROM categories category
       LEFT JOIN LATERAL (
         SELECT version, definition, created_by FROM triage_flows
         WHERE category_key = category.key ORDER BY version DESC LIMIT 1
       ) current ON true
       WHERE category.key = $1
         AND (current.version IS NULL OR (current.created_by IS NULL AND current.definition <> $2::jsonb))
       ON CONFLICT DO NOTHING
       RETURNING category_key`,
      [categoryKey, JSON.stringify(definition)],
    );
    if (inserted.length > 0) seeded.push(categoryKey);
  }
  if (seeded.length > 0) forgetCurrentFlows(manager);
  return seeded;
}

/** The newest version of every category's flow, in the categories' display order. */
export async function findCurrentFlows(manager: EntityManager): Promise<TriageFlowEntity[]> {
  return manager
    .createQueryBuilder(TriageFlowEntity, 'flow')
    .leftJoinAndSelect('flow.createdBy', 'createdBy')
    .innerJoin(CategoryEntity, 'category', 'category.key = flow.categoryKey')
    .where(
      '(flow.category_key, flow.version) IN (SELECT category_key, max(version) FROM triage_flows GROUP BY category_key)',
    )
    .orderBy('category.sortOrder', 'ASC')
    .getMany();
}

/** The current flows whose rules link the guide, with those rules: what archiving it would leave without a guide. */
export async function findGuideFlowLinks(manager: EntityManager, slug: string): Promise<GuideFlowLinks> {
  return (await findCurrentFlows(manager)).flatMap((flow) => {
    const ruleIds = flow.definition.rules.filter((rule) => rule.guideSlugs?.includes(slug)).map((rule) => rule.id);
    return ruleIds.length > 0 ? [{ categoryKey: flow.categoryKey, flowTitle: flow.definition.title, ruleIds }] : [];
  });
}

export async function findFlowVersions(manager: EntityManager, categoryKey: string): Promise<TriageFlowEntity[]> {
  const versions = await manager.find(TriageFlowEntity, {
    where: { categoryKey },
    relations: { createdBy: true },
    order: { version: 'DESC' },
  });
  if (versions.length === 0) throw notFound('Flowet for kategorien');
  return versions;
}

export async function findFlowVersion(manager: EntityManager, categoryKey: string, version: number) {
  const flow = await manager.findOne(TriageFlowEntity, {
    where: { categoryKey, version },
    relations: { createdBy: true },
  });
  if (!flow) throw notFound(`Version ${version} af flowet`);
  return flow;
}

export async function checkFlowDefinition(manager: EntityManager, definition: unknown): Promise<FlowCheck> {
  const check = await checkFlowOffThread(definition, { guides: await guideStatuses(manager) });
  // Not checked at all: a 400 saying why, for the check and the save alike.
  if (!check.ok && check.tooLarge) {
    const message = check.problems.map((problem) => problem.message).join(' ');
    throw new AppError('validation', message, { fields: [{ path: 'definition', message }] });
  }
  return check;
}

/**
 * Saves a new version after the static check; on failure nothing is saved and the 400 lists every
 * problem (paths under `definition.`). Versions of one category are numbered under a row lock.
 */
export async function saveFlowVersion(
  manager: EntityManager,
  categoryKey: string,
  definition: unknown,
  staffId: string,
): Promise<TriageFlowEntity> {
  const locked: unknown[] = await manager.query('SELECT key FROM categories WHERE key = $1 FOR UPDATE', [categoryKey]);
  if (locked.length === 0) throw notFound('Kategorien');
  const check = await checkFlowDefinition(manager, definition);
  if (!check.ok) {
    const fields = check.problems.map((problem) => ({
      path: problem.path ? `definition.${problem.path}` : 'definition',
      message: problem.message,
    }));
    throw new AppError('validation', `Flowet består ikke kontrollen: ${fields.length} problem(er). Intet er gemt.`, {
      fields,
    });
  }
  const [{ next }] = await manager.query(
    'SELECT coalesce(max(version), 0) + 1 AS next FROM triage_flows WHERE category_key = $1',
    [categoryKey],
  );
  await manager.insert(TriageFlowEntity, {
    categoryKey,
    version: next,
    definition: check.flow,
    createdBy: { id: staffId },
  });
  return findFlowVersion(manager, categoryKey, next);
}

/** A cache per database (tests run many databases in one process). */
function perDatabase<T>(caches: WeakMap<object, Map<string, T>>, manager: EntityManager): Map<string, T> {
  const cache = caches.get(manager.connection) ?? new Map<string, T>();
  caches.set(manager.connection, cache);
  return cache;
}

/**
 * Flow versions never change once saved, so a parsed definition can be kept per database and
 * version without any invalidation.
 */
const definitionCache = new WeakMap<object, Map<string, FlowDefinition>>();

async function flowDefinition(manager: EntityManager, categoryKey: string, version: number): Promise<FlowDefinition> {
  const cache = perDatabase(definitionCache, manager);
  const key = `${categoryKey}@${version}`;
  let definition = cache.get(key);
  if (!definition) {
    const [row]: { definition: FlowDefinition }[] = await manager.query(
      'SELECT definition FROM triage_flows WHERE category_key = $1 AND version = $2',
      [categoryKey, version],
    );
    if (!row) throw notFound(`Version ${version} af flowet`);
    definition = row.definition;
    cache.set(key, definition);
  }
  return definition;
}

/**
 * Which version is current is kept for a second, sparing evaluation a query at the counter's
 * pace. A save in this process clears it once committed; another instance's save shows within a second.
 */
const currentFlowTtlMs = 1000;
const currentFlowCache = new WeakMap<object, Map<string, { until: number; current: CurrentFlow }>>();

/** After a new version is committed: this process uses it from the next evaluation. */
export function forgetCurrentFlows(manager: EntityManager): void {
  currentFlowCache.delete(manager.connection);
}

export interface CurrentFlow {
  category: { key: string; urgent: boolean };
  flow: { categoryKey: string; version: number; definition: FlowDefinition };
}

/**
 * The category and the flow that triages it now: its own newest version, else the general flow's.
 * 400 naming `categoryKey` for an unknown category.
 */
export async function findCurrentFlowFor(manager: EntityManager, categoryKey: string): Promise<CurrentFlow> {
  const cache = perDatabase(currentFlowCache, manager);
  const cached = cache.get(categoryKey);
  if (cached && cached.until > Date.now()) return cached.current;
  const current = await queryCurrentFlowFor(manager, categoryKey);
  cache.set(categoryKey, { until: Date.now() + currentFlowTtlMs, current });
  return current;
}

async function queryCurrentFlowFor(manager: EntityManager, categoryKey: string): Promise<CurrentFlow> {
  // One round trip: the category and the newest version of its own flow, else of the general flow.
  const [found]: { urgent: boolean; flow_category_key: string | null; version: number | null }[] = await manager.query(
    `SELECT category.urgent, flow.category_key AS flow_category_key, flow.version
     FROM categories category
     LEFT JOIN LATERAL (
       SELECT category_key, version FROM triage_flows
       WHERE category_key IN (category.key, $2)
       ORDER BY (category_key = category.key) DESC, version DESC
       LIMIT 1
     ) flow ON true
     WHERE category.key = $1`,
    [categoryKey, generalFlowCategory],
  );
  if (!found) {
    throw new AppError('validation', 'Ukendt kategori', {
      fields: [{ path: 'categoryKey', message: 'Ukendt kategori' }],
    });
  }
  if (!found.flow_category_key || !found.version) {
    throw new AppError('unavailable', 'Der er endnu ingen flows. Prøv igen om lidt.');
  }
  return {
    category: { key: categoryKey, urgent: found.urgent },
    flow: {
      categoryKey: found.flow_category_key,
      version: found.version,
      definition: await flowDefinition(manager, found.flow_category_key, found.version),
    },
  };
}

/** How many different sets of answers are remembered per flow version before starting over. */
const REMEMBERED_EVALUATIONS = 2000;

/**
 * Recommendations already given, per flow version (a definition object never changes once
 * loaded; a new version is a new object): the engine is pure, and the counter's visits follow the
 * same few hundred paths through a flow, so most evaluations are found, not computed again.
 */
const rememberedEvaluations = new WeakMap<FlowDefinition, Map<string, RecommendationContext>>();

/**
 * Evaluates the answers against the category's current flow (or the general flow when the
 * category has none). 400 naming the field for an unknown category, an unknown question, a wrong
 * answer type or a missing answer.
 */
export async function evaluateTriage(manager: EntityManager, request: EvaluateRequest): Promise<RecommendationContext> {
  const { category, flow } = await findCurrentFlowFor(manager, request.categoryKey);
  let remembered = rememberedEvaluations.get(flow.definition);
  if (!remembered) {
    remembered = new Map();
    rememberedEvaluations.set(flow.definition, remembered);
  }
  // The category too: the general flow triages several, and whether one is urgent changes the answer.
  const key = JSON.stringify([category.key, category.urgent, request.answers]);
  const known = remembered.get(key);
  if (known) return known;
  const problems = answerProblems(flow.definition, request.answers);
  if (problems.length > 0) throw validationError(problems);
  const recommendation = recommend(flow, category, request.answers);
  if (remembered.size >= REMEMBERED_EVALUATIONS) remembered.clear();
  remembered.set(key, recommendation);
  return recommendation;
}
