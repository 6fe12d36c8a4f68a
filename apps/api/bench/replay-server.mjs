// A second baseline: Hono on @hono/node-server answering every request with fixed bytes and
// headers — the exact response the API gave for one URL. Comparing the API with it separates
// what the API itself costs from what sending that payload costs.
import { readFileSync } from 'node:fs';
import { serve } from '@hono/node-server';
import { Hono } from 'hono';

const recorded = JSON.parse(readFileSync(process.env.REPLAY_FILE ?? '', 'utf8'));
const body = Buffer.from(recorded.bodyBase64, 'base64');
const app = new Hono();
app.get('*', () => new Response(body, { status: 200, headers: recorded.headers }));
const port = Number(process.env.PORT ?? 8790);
serve({ fetch: app.fetch, port, hostname: '127.0.0.1' });
process.on('SIGTERM', () => process.exit(0));
