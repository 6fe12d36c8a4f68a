/** A parsed command line. */
export interface CliArgs {
  readonly command: 'build' | 'check' | 'help';
  readonly raw?: string;
  readonly out?: string;
  readonly acled?: readonly string[];
  readonly alerts?: readonly string[];
}

/** The usage text. */
export const USAGE = `Usage:
  blueline-data build [--raw DIR] [--acled FILE ...] [--alerts FILE ...] [--out DIR]
  blueline-data check [--raw DIR]

  --raw DIR       raw data directory (default: $RAW_DATA_DIR, else <repo root>/../shared/data/raw)
  --acled FILE…   your own ACLED export(s) instead of the raw folder's; several are merged and
                  de-duplicated on event_id_cnty (the newest timestamp wins)
  --alerts FILE…  alert files instead of the raw folder's: official HFC history and/or Cumta
                  relay, told apart by their header
  --out DIR       where to write the snapshot (default: the package's snapshot/ folder)
`;

/** A command-line mistake; the CLI prints it with the usage text. */
export class UsageError extends Error {
  override readonly name = 'UsageError';
}

/**
 * Parses `build|check` and its options. `--acled` and `--alerts` take one or more files, either
 * repeated (`--acled a.csv --acled b.csv`) or listed (`--acled a.csv b.csv`).
 * @throws {UsageError} on an unknown command or option, or an option without its value.
 */
export function parseArgs(argv: readonly string[]): CliArgs {
  const [command, ...rest] = argv;
  if (command === undefined || command === 'help' || command === '--help' || command === '-h') {
    return { command: 'help' };
  }
  if (command !== 'build' && command !== 'check') {
    throw new UsageError(`unknown command "${command}"`);
  }
  let raw: string | undefined;
  let out: string | undefined;
  const acled: string[] = [];
  const alerts: string[] = [];
  for (let i = 0; i < rest.length; i++) {
    const flag = rest[i];
    const values: string[] = [];
    while (i + 1 < rest.length && !(rest[i + 1] ?? '').startsWith('--'))
      values.push(rest[++i] ?? '');
    if (flag === '--help' || flag === '-h') return { command: 'help' };
    if (values.length === 0) throw new UsageError(`${flag ?? ''} needs a value`);
    if (flag === '--raw' || flag === '--out') {
      if (values.length > 1) throw new UsageError(`${flag} takes one directory`);
      if (flag === '--raw') raw = values[0];
      else out = values[0];
    } else if (flag === '--acled' && command === 'build') acled.push(...values);
    else if (flag === '--alerts' && command === 'build') alerts.push(...values);
    else throw new UsageError(`unknown option "${flag ?? ''}" for ${command}`);
  }
  return {
    command,
    ...(raw === undefined ? {} : { raw }),
    ...(out === undefined ? {} : { out }),
    ...(acled.length === 0 ? {} : { acled }),
    ...(alerts.length === 0 ? {} : { alerts }),
  };
}
