import http from 'node:http';
import express from 'express';
import { Pool } from 'pg';
import { tsxCommand } from './processes';

/**
 * The floors each endpoint is compared with, each run as a process of its own on the same
 * PostgreSQL with the app's pool size:
 * - `http`: Node's bare `http` server answering a constant JSON body (and a constant HTML page
 *   for Lighthouse) — what this machine and load generator can do at all;
 * - `select1`: Express + pg, `SELECT 1` per request — the least a request that asks the database costs;
 * - `insert`: Express + pg, one INSERT into `cases` per request — the least a case write costs
 *   (no session, validation, privacy check or audit; the statistics triggers fire as for the app).
 */
export type BaselineKind = 'http' | 'select1' | 'insert';

export const baselineCommand = (kind: BaselineKind) => tsxCommand(__filename, kind);

export const baselinePaths = { http: '/', page: '/page', select1: '/select1', insert: '/cases' } as const;

/** A constant page with what Lighthouse looks for (language, title, viewport, a heading): its best case. */
const constantPage = `<!doctype html>
<html lang="da"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="description" content="En fast side til sammenligning"><title>Digihjælp – fast side</title></head>
<body><main><h1>Digihjælp</h1><p>En fast side, som serveren sender uden arbejde: det bedste, en side kan score.</p></main></body></html>`;

function bareHttp(port: number) {
  const json = Buffer.from('{"status":"ok"}');
  const html = Buffer.from(constantPage);
  http
    .createServer((request, response) => {
      const page = request.url === baselinePaths.page;
      response.writeHead(200, {
        'Content-Type': page ? 'text/html; charset=utf-8' : 'application/json',
        'Content-Length': page ? html.length : json.length,
      });
      response.end(page ? html : json);
    })
    .listen(port, '127.0.0.1');
}

function bareExpress(kind: 'select1' | 'insert', port: number) {
  const pool = new Pool({ connectionString: process.env.DATABASE_URL, max: Number(process.env.POOL_SIZE) });
  const app = express();
  app.get('/readyz', (_request, response) => {
    response.json({ status: 'ready' });
  });
  if (kind === 'select1') {
    app.get(baselinePaths.select1, async (_request, response) => {
      const { rows } = await pool.query('SELECT 1 AS one');
      response.json({ one: rows[0].one });
    });
  } else {
    app.use(express.json());
    app.post(baselinePaths.insert, async (request, response) => {
      const { rows } = await pool.query(
        `INSERT INTO cases (staff_id, branch_key, channel_key, category_keys, level_given, outcome, minutes)
         VALUES ($1, 'hovedbiblioteket', $2, $3, $4, $5, $6) RETURNING id`,
        [
          process.env.STAFF_ID,
          request.body.channelKey,
          request.body.categoryKeys,
          request.body.levelGiven,
          request.body.outcome,
          request.body.minutes,
        ],
      );
      response.status(201).json({ id: rows[0].id });
    });
  }
  app.listen(port, '127.0.0.1');
}

if (require.main === module) {
  const kind = process.argv[2] as BaselineKind;
  const port = Number(process.env.PORT);
  if (kind === 'http') bareHttp(port);
  else if (kind === 'select1' || kind === 'insert') bareExpress(kind, port);
  else throw new Error(`unknown baseline "${kind}": http, select1 or insert`);
}
