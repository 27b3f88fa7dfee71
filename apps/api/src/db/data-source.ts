import 'reflect-metadata';
import { DataSource } from 'typeorm';
import { BranchEntity, CategoryEntity, ChannelEntity } from '../features/admin-lists/admin-list-item.entity';
import { CaseAuditEntity } from '../features/cases/case-audit.entity';
import { CaseEntity } from '../features/cases/case.entity';
import { SessionChangesSubscriber } from '../features/auth/session-cache';
import { StaffSessionEntity } from '../features/auth/staff-session.entity';
import { StaffAccountEntity } from '../features/staff/staff-account.entity';
import { GoalEntity } from '../features/stats/goal.entity';
import { ReportCommentEntity } from '../features/stats/report-comment.entity';
import { TrainingAttemptEntity } from '../features/triage/training-attempt.entity';
import { TriageFlowEntity } from '../features/triage/triage-flow.entity';
import { StaffAccountsAndSessions1764115200000 } from './migrations/1764115200000-staff-accounts-and-sessions';
import { Categories1764115300000 } from './migrations/1764115300000-categories';
import { TriageFlows1764300000000 } from './migrations/1764300000000-triage-flows';
import { TriageTrainingAttempts1764300000001 } from './migrations/1764300000001-triage-training-attempts';
import { GuideEntity } from '../features/guides/guide.entity';
import { GuideFeedbackEntity } from '../features/guides/guide-feedback.entity';
import { GuideProposalEntity } from '../features/guides/guide-proposal.entity';
import { GuideReadEntity } from '../features/guides/guide-read.entity';
import { GuideRevisionEntity } from '../features/guides/guide-revision.entity';
import { Guides1764200000000 } from './migrations/1764200000000-guides';
import { BranchesAndChannels1764400000000 } from './migrations/1764400000000-branches-and-channels';
import { Cases1764400100000 } from './migrations/1764400100000-cases';
import { Statistics1764500000000 } from './migrations/1764500000000-statistics';
import { CaseAuditFreeText1764614000000 } from './migrations/1764614000000-case-audit-free-text';
import { GuideTranslations1764616000000 } from './migrations/1764616000000-guide-translations';
import { SignIn1764620000000 } from './migrations/1764620000000-sign-in';
import { GuideHeadIndex1764620000001 } from './migrations/1764620000001-guide-head-index';
import { CitizenCardEntity } from '../features/translations/citizen-card.entity';
import {
  GuideTranslationEntity,
  GuideTranslationRevisionEntity,
} from '../features/translations/guide-translation.entity';
import { MonthlyReportComments1764700000000 } from './migrations/1764700000000-monthly-report-comments';
import { CaseIdempotencyKeys1764712000000 } from './migrations/1764712000000-case-idempotency-keys';
import { CategorySearchWords1764712000001 } from './migrations/1764712000001-category-search-words';
import { RefusalsWithoutLevel1764712000002 } from './migrations/1764712000002-refusals-without-level';
import { GuideSnippetSentences1764722000000 } from './migrations/1764722000000-guide-snippet-sentences';
import { GuideWordsTrigramGin1764722000001 } from './migrations/1764722000001-guide-words-trigram-gin';
import { LeanerStatistics1764800000000 } from './migrations/1764800000000-leaner-statistics';
import { SessionChangeNotifications1764900000000 } from './migrations/1764900000000-session-change-notifications';

export const entities = [
  StaffAccountEntity,
  StaffSessionEntity,
  CategoryEntity,
  TriageFlowEntity,
  TrainingAttemptEntity,
  GuideEntity,
  GuideRevisionEntity,
  GuideFeedbackEntity,
  GuideReadEntity,
  GuideProposalEntity,
  BranchEntity,
  ChannelEntity,
  CaseEntity,
  CaseAuditEntity,
  GoalEntity,
  GuideTranslationEntity,
  GuideTranslationRevisionEntity,
  CitizenCardEntity,
  ReportCommentEntity,
];

/** In order of application. A new migration is appended here and never edited once it has landed. */
export const migrations = [
  StaffAccountsAndSessions1764115200000,
  Categories1764115300000,
  Guides1764200000000,
  TriageFlows1764300000000,
  TriageTrainingAttempts1764300000001,
  BranchesAndChannels1764400000000,
  Cases1764400100000,
  Statistics1764500000000,
  CaseAuditFreeText1764614000000,
  GuideTranslations1764616000000,
  SignIn1764620000000,
  GuideHeadIndex1764620000001,
  MonthlyReportComments1764700000000,
  CaseIdempotencyKeys1764712000000,
  CategorySearchWords1764712000001,
  RefusalsWithoutLevel1764712000002,
  GuideSnippetSentences1764722000000,
  GuideWordsTrigramGin1764722000001,
  LeanerStatistics1764800000000,
  SessionChangeNotifications1764900000000,
];

export interface DataSourceOptions {
  poolSize?: number;
  /**
   * The longest a statement may run (PostgreSQL's `statement_timeout`) and, a second later, the
   * longest the driver waits for an answer at all (a frozen server sends none). Unset: no limit,
   * for migrations, seeding and the command-line tools.
   */
  queryTimeoutMs?: number;
}

export function createDataSource(url: string, options: DataSourceOptions = {}): DataSource {
  const timeouts = options.queryTimeoutMs
    ? { statement_timeout: options.queryTimeoutMs, query_timeout: options.queryTimeoutMs + 1_000 }
    : {};
  return new DataSource({
    type: 'postgres',
    url,
    entities,
    migrations,
    // Forgets a cached session once the transaction that changed it has committed.
    subscribers: [SessionChangesSubscriber],
    synchronize: false,
    migrationsRun: false,
    migrationsTransactionMode: 'each',
    // TypeORM's own logger prints a failed query's parameters (note text, triage answers,
    // password hashes) to the console whatever the log level; errors reach pino via the error handler.
    logging: false,
    extra: { max: options.poolSize ?? 10, application_name: 'digihjaelp', connectionTimeoutMillis: 5000, ...timeouts },
  });
}

/** For the TypeORM CLI (`npx typeorm -d apps/api/src/db/data-source.ts …`), which needs a default export. */
export default createDataSource(process.env.DATABASE_URL ?? 'postgres://localhost/digihjaelp');
