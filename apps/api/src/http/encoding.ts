/**
 * Content-coding negotiation. Hono's `compress` middleware only knows gzip and deflate (it uses
 * the web CompressionStream) and recompresses every response; the snapshot never changes, so the
 * API compresses each body once with node:zlib, brotli included, and only picks a variant here.
 */

/** The codings the API serves. */
export type Encoding = 'br' | 'gzip' | 'identity';

const PREFERENCE: readonly Encoding[] = ['br', 'gzip'];
const memo = new Map<string, Encoding>();
const MEMO_LIMIT = 256;

function parse(header: string): Encoding {
  const weights = new Map<string, number>();
  for (const part of header.split(',')) {
    const [token = '', ...params] = part.split(';');
    const name = token.trim().toLowerCase();
    if (name === '') continue;
    let q = 1;
    for (const param of params) {
      const [key = '', value = ''] = param.split('=');
      if (key.trim().toLowerCase() === 'q') {
        const parsed = Number(value.trim());
        q = Number.isFinite(parsed) ? Math.min(1, Math.max(0, parsed)) : 0;
      }
    }
    weights.set(name, q);
  }
  const wildcard = weights.get('*') ?? 0;
  let best: Encoding = 'identity';
  let bestQ = 0;
  for (const encoding of PREFERENCE) {
    const q = weights.get(encoding) ?? wildcard;
    if (q > bestQ) {
      best = encoding;
      bestQ = q;
    }
  }
  return best;
}

/**
 * The best coding the client accepts, preferring brotli, then gzip, then none. Identity is always
 * possible: refusing it (`identity;q=0`) would earn a 406 nobody can act on.
 */
export function negotiateEncoding(header: string | undefined): Encoding {
  if (header === undefined || header === '') return 'identity';
  // Clients send a handful of distinct headers, so parsing each once keeps this off the hot path.
  let encoding = memo.get(header);
  if (encoding === undefined) {
    encoding = parse(header);
    if (memo.size >= MEMO_LIMIT) memo.clear();
    memo.set(header, encoding);
  }
  return encoding;
}
