/** Command-line flags of the server. */
import { parseArgs } from 'node:util';

/** What the server was asked to do. */
export interface ServerArgs {
  readonly port: number;
  readonly host: string | undefined;
  /** The operator's own ACLED exports (bring-your-own-data mode); empty → /v1/incidents is off. */
  readonly acled: readonly string[];
  /** Where to keep the incident index; default beside the first export. */
  readonly incidentsDir: string | undefined;
  readonly accessLog: boolean;
  readonly help: boolean;
}

/** Usage text for --help and for bad flags. */
export const USAGE = `Usage: node dist/server.js [options]

Options:
  --port N             Port to listen on (default: $PORT or 8787)
  --host ADDR          Address to bind (default: all interfaces)
  --acled FILE         Enable /v1/incidents over your own licensed ACLED export (repeatable)
  --incidents-dir DIR  Where to keep the incident index (default: beside the first export)
  --no-access-log      Do not write the JSON access log (also: ACCESS_LOG=0)
  -h, --help           Show this help
`;

/**
 * Parses flags and the environment.
 * @throws {Error} with a message naming the bad flag.
 */
export function parseServerArgs(
  argv: readonly string[],
  env: Readonly<Record<string, string | undefined>>,
): ServerArgs {
  const { values } = parseArgs({
    // `pnpm start -- --acled x` hands the `--` on (npm swallows it); it separates nothing here.
    args: argv[0] === '--' ? argv.slice(1) : [...argv],
    options: {
      port: { type: 'string' },
      host: { type: 'string' },
      acled: { type: 'string', multiple: true },
      'incidents-dir': { type: 'string' },
      'access-log': { type: 'boolean' },
      'no-access-log': { type: 'boolean' },
      help: { type: 'boolean', short: 'h' },
    },
    strict: true,
    allowPositionals: false,
  });
  const portText = values.port ?? env.PORT ?? '8787';
  const port = Number(portText);
  if (!/^\d{1,5}$/.test(portText) || port > 65_535) {
    throw new Error(`--port: "${portText}" is not a port number (0–65535)`);
  }
  const accessLog =
    values['no-access-log'] === true
      ? false
      : values['access-log'] === true || (env.ACCESS_LOG !== '0' && env.ACCESS_LOG !== 'false');
  return {
    port,
    host: values.host,
    acled: values.acled ?? [],
    incidentsDir: values['incidents-dir'],
    accessLog,
    help: values.help === true,
  };
}
