import { Client } from 'pg';

/** One query on its own connection, for tests that check a database server from outside the app. */
export async function queryOnce<T>(url: string, sql: string): Promise<T[]> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query(sql)).rows;
  } finally {
    await client.end();
  }
}
