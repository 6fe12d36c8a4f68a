/**
 * A response body computed once: the bytes, its strong ETag, its compressed variants and the
 * complete header set of each. The snapshot is immutable, so a body built for one request is
 * valid for every later one, and sending it costs no serialisation, hashing or header work.
 */
import { createHash } from 'node:crypto';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import type { Encoding } from './encoding.js';
import { mergeHeaders } from './headers.js';
import { STANDARD_HEADERS } from './security.js';

/** Bodies smaller than this gain nothing from compression (headers dominate). */
const COMPRESSION_THRESHOLD_BYTES = 1024;

/** Responses about the snapshot: fine for any cache to keep; an ETag revalidates after that. */
export const SNAPSHOT_CACHE_CONTROL = 'public, max-age=3600';

/** How hard to compress: once at startup it is worth the best ratio, per request it is not. */
export type CompressionEffort = 'startup' | 'request';

/** Per-request brotli quality: about as small as gzip -9, at a fraction of the time. */
const REQUEST_QUALITY = 5;

/**
 * Brotli quality at startup by body size: the best (11) costs ~40 ms per 30 KB, fine for the
 * small hot bodies; on the ~1 MB hex-cell body it would cost over a second for 8 % over
 * quality 10, and above a megabyte even 10 gets slow, so quality falls with size.
 */
function startupQuality(bytes: number): number {
  if (bytes <= 128 * 1024) return constants.BROTLI_MAX_QUALITY;
  if (bytes <= 1024 * 1024) return 10;
  return REQUEST_QUALITY;
}

/**
 * Compresses a body. The result is copied into a plain ArrayBuffer-backed array, the type web
 * Responses take; that happens once per body and coding, never per request.
 */
function compress(
  body: Uint8Array<ArrayBuffer>,
  encoding: Exclude<Encoding, 'identity'>,
  effort: CompressionEffort,
): Uint8Array<ArrayBuffer> {
  if (encoding === 'gzip') {
    return new Uint8Array(gzipSync(body, { level: effort === 'startup' ? 9 : 6 }));
  }
  const quality = effort === 'startup' ? startupQuality(body.length) : REQUEST_QUALITY;
  return new Uint8Array(
    brotliCompressSync(body, {
      params: {
        [constants.BROTLI_PARAM_QUALITY]: quality,
        [constants.BROTLI_PARAM_SIZE_HINT]: body.length,
      },
    }),
  );
}

/** One coded variant: its bytes and every header of a 200 and of a 304 for it. */
interface Variant {
  readonly body: Uint8Array<ArrayBuffer>;
  readonly headers: Readonly<Record<string, string>>;
  readonly notModifiedHeaders: Readonly<Record<string, string>>;
}

/** Options of a representation. */
export interface RepresentationOptions {
  /** Extra headers (Content-Disposition, a narrower CSP). */
  readonly headers?: Readonly<Record<string, string>>;
  /** Default: {@link SNAPSHOT_CACHE_CONTROL}. */
  readonly cacheControl?: string;
  /** Security and CORS headers; default: those of data responses ({@link STANDARD_HEADERS}). */
  readonly baseHeaders?: Readonly<Record<string, string>>;
}

/**
 * A precomputed body. `T` is the type of the value the body serialises; it only exists at the
 * type level, so routes can promise Hono's typed responses without re-serialising.
 */
export class Representation<T = unknown> {
  /** Strong ETag of the identity body, quoted. */
  readonly etag: string;
  /** The opaque part of {@link etag}, without quotes. */
  readonly tag: string;
  readonly contentType: string;
  readonly identity: Uint8Array<ArrayBuffer>;
  readonly compressible: boolean;
  private readonly options: RepresentationOptions;
  private readonly variants = new Map<Encoding, Variant>();
  declare readonly _value?: T;

  constructor(
    body: string | Uint8Array<ArrayBuffer>,
    contentType: string,
    options: RepresentationOptions = {},
  ) {
    this.identity = typeof body === 'string' ? new TextEncoder().encode(body) : body;
    this.contentType = contentType;
    this.options = options;
    this.tag = createHash('sha256').update(this.identity).digest('base64url');
    this.etag = `"${this.tag}"`;
    this.compressible = this.identity.length >= COMPRESSION_THRESHOLD_BYTES;
  }

  /** The coding actually used for a requested coding (identity when the body is tiny). */
  encodingFor(encoding: Encoding): Encoding {
    return this.compressible ? encoding : 'identity';
  }

  /** The ETag of one coded variant: a different byte sequence needs a different strong tag. */
  etagFor(encoding: Encoding): string {
    const used = this.encodingFor(encoding);
    return used === 'identity' ? this.etag : `"${this.tag}.${used}"`;
  }

  /** The variant for a coding, compressing and building its headers on first use. */
  variant(encoding: Encoding, effort: CompressionEffort = 'request'): Variant {
    const used = this.encodingFor(encoding);
    let variant = this.variants.get(used);
    if (variant === undefined) {
      const body = used === 'identity' ? this.identity : compress(this.identity, used, effort);
      const validators: Record<string, string> = {
        ETag: this.etagFor(used),
        'Cache-Control': this.options.cacheControl ?? SNAPSHOT_CACHE_CONTROL,
      };
      if (this.compressible) validators.Vary = 'Accept-Encoding';
      variant = {
        body,
        // Content-Length first: @hono/node-server scans for it before writing the head.
        headers: mergeHeaders(
          { 'Content-Length': String(body.length), 'Content-Type': this.contentType },
          used === 'identity' ? undefined : { 'Content-Encoding': used },
          validators,
          this.options.baseHeaders ?? STANDARD_HEADERS,
          this.options.headers,
        ),
        notModifiedHeaders: mergeHeaders(this.options.baseHeaders ?? STANDARD_HEADERS, validators),
      };
      this.variants.set(used, variant);
    }
    return variant;
  }

  /** The body for a coding (see {@link variant}). */
  body(encoding: Encoding): Uint8Array<ArrayBuffer> {
    return this.variant(encoding).body;
  }

  /** Compresses every variant now, so no request pays for it. */
  precompress(): this {
    this.variant('identity', 'startup');
    this.variant('br', 'startup');
    this.variant('gzip', 'startup');
    return this;
  }

  /** Bytes held, for the cache's budget. */
  get size(): number {
    let total = this.identity.length;
    for (const [encoding, variant] of this.variants) {
      if (encoding !== 'identity') total += variant.body.length;
    }
    return total;
  }
}

/**
 * A JSON body of a value: compact, with a final newline — exactly what the story writes for its
 * `/data/<name>.json` downloads, so the two are byte-identical for the same data.
 */
export function jsonRepresentation<T>(
  value: T,
  contentType = 'application/json',
  options?: RepresentationOptions,
): Representation<T> {
  return new Representation<T>(`${JSON.stringify(value)}\n`, contentType, options);
}
