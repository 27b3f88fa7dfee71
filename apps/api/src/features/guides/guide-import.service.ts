import type { EntityManager } from 'typeorm';
import { may, type AuthUser } from '@digihjaelp/contract';
import { AppError } from '../../kernel/app-error';
import { StaffAccountEntity } from '../staff/staff-account.entity';
import { GuideFileError, type GuideFile } from './guide-files';
import { createGuide } from './guides.service';

export interface ImportResult {
  created: string[];
  /** Already in the database: left exactly as users have edited them. */
  kept: string[];
}

function fieldList(details: unknown): string {
  const fields = (details as { fields?: { path: string; message: string }[] } | undefined)?.fields ?? [];
  return fields.map((field) => ` (${field.path}: ${field.message})`).join('');
}

/**
 * Publishes every guide file whose slug is not in the database yet, owned by `owner`, each with
 * its first revision. Idempotent: run it again and nothing changes. Run it in one transaction, so
 * a bad file leaves nothing half-imported.
 */
export async function importGuides(
  manager: EntityManager,
  files: GuideFile[],
  owner: Pick<AuthUser, 'id' | 'role'>,
): Promise<ImportResult> {
  const rows: { slug: string }[] = await manager.query('SELECT slug FROM guides WHERE slug = ANY($1)', [
    files.map((file) => file.slug),
  ]);
  const existing = new Set(rows.map((row) => row.slug));
  const inThisImport = new Set(files.map((file) => file.slug));
  const created: string[] = [];
  for (const file of files.filter((candidate) => !existing.has(candidate.slug))) {
    try {
      await createGuide(
        manager,
        { ...file.content, slug: file.slug, changeNote: 'Indlæst fra content/guides' },
        owner,
        { status: 'published', alsoKnown: inThisImport },
      );
    } catch (error) {
      if (error instanceof AppError) throw new GuideFileError(file.file, `${error.message}${fieldList(error.details)}`);
      throw error;
    }
    created.push(file.slug);
  }
  return { created, kept: [...existing] };
}

/**
 * Who owns imported guides in a real deployment: the named lead or admin account, or else the
 * first admin account created.
 */
export async function findImportOwner(manager: EntityManager, username?: string): Promise<StaffAccountEntity> {
  if (username) {
    const account = await manager.findOneBy(StaffAccountEntity, { username: username.toLowerCase() });
    if (!account?.active) throw new Error(`No active staff account "${username}".`);
    if (!may(account, 'reviewGuides'))
      throw new Error(`"${username}" is ${account.role}; guides are owned by a lead or an admin account.`);
    return account;
  }
  const [firstAdmin] = await manager.find(StaffAccountEntity, {
    where: { role: 'admin', active: true },
    order: { createdAt: 'ASC' },
    take: 1,
  });
  if (!firstAdmin) throw new Error('No admin account yet: create one first with `npm run create-admin`.');
  return firstAdmin;
}
