// The baseline: Hono's hello world on @hono/node-server, the same stack as the API with nothing
// else. Run as its own process so it gets the same CPU the API gets.
import { serve } from '@hono/node-server';
import { Hono } from 'hono';

const app = new Hono();
app.get('/', (c) => c.text('Hello Hono!'));
const port = Number(process.env.PORT ?? 8788);
serve({ fetch: app.fetch, port, hostname: '127.0.0.1' }, () => {
  process.stderr.write(`hello world listening on ${port}\n`);
});
process.on('SIGTERM', () => process.exit(0));
