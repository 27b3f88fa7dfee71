import { createInterface } from 'node:readline/promises';
import { newPasswordSchema, usernameSchema } from '@digihjaelp/contract';
import { loadConfig } from '../../config';
import { openDatabase } from '../../db/database';
import { createLogger } from '../../logger';
import { assertUncommonPassword } from '../auth/passwords';
import { ensureStaffAccount } from './staff.service';

/**
 * `npm run create-admin`: creates an admin account, from ADMIN_USERNAME/ADMIN_PASSWORD or by asking.
 * Meant for a real deployment's first login.
 */
async function createAdmin(): Promise<void> {
  const config = loadConfig();
  let { username, password } = config.initialAdmin ?? { username: '', password: '' };
  if (!username) {
    const prompt = createInterface({ input: process.stdin, output: process.stdout });
    username = await prompt.question('Brugernavn: ');
    password = await prompt.question('Adgangskode (mindst 10 tegn): ');
    prompt.close();
  }
  const validUsername = usernameSchema.parse(username);
  newPasswordSchema.parse(password);
  assertUncommonPassword(password, 'password');
  const database = await openDatabase({ ...config, logger: createLogger('warn') });
  try {
    const created = await ensureStaffAccount(database.dataSource.manager, {
      username: validUsername,
      password,
      displayName: 'Administrator',
      role: 'admin',
    });
    console.log(created ? `Admin "${validUsername}" created.` : `"${validUsername}" already exists; nothing changed.`);
  } finally {
    await database.close();
  }
}

createAdmin().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
