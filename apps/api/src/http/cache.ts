/**
 * Built representations, keyed by route and normalised query. The snapshot never changes while
 * the server runs, so a body built once can answer every later request with the same query;
 * the byte budget keeps a client iterating over many distinct queries from growing memory.
 */
import type { Representation } from './representation.js';

/** Default budget: comfortably above every default body and its compressed variants. */
export const DEFAULT_CACHE_BYTES = 64 * 1024 * 1024;

/**
 * What an entry may grow to: coded variants are built lazily, on the first request for each
 * coding, and together they stay below the identity body's size for any text the API serves.
 */
function budgetOf(representation: Representation): number {
  return representation.identity.length * 2;
}

/** Request targets remembered at most; the memo starts over when full. */
const MAX_REMEMBERED_TARGETS = 4096;

export class RepresentationCache {
  private readonly pinned = new Map<string, Representation>();
  /** Request target (path and raw query) → the key its validated query produced. */
  private readonly targets = new Map<string, string>();
  private readonly recent = new Map<string, Representation>();
  private recentBytes = 0;
  private readonly maxBytes: number;

  constructor(maxBytes = DEFAULT_CACHE_BYTES) {
    this.maxBytes = maxBytes;
  }

  /**
   * The representation for `key`, built by `build` on a miss. Entries are evicted least recently
   * used first once the budget is exceeded; pinned entries never are.
   */
  get<T>(key: string, build: () => Representation<T>): Representation<T> {
    const pinned = this.pinned.get(key);
    if (pinned !== undefined) return pinned as Representation<T>;
    const hit = this.recent.get(key);
    if (hit !== undefined) {
      // Re-insert to mark as most recently used (Map keeps insertion order).
      this.recent.delete(key);
      this.recent.set(key, hit);
      return hit as Representation<T>;
    }
    const built = build();
    this.recent.set(key, built);
    this.recentBytes += budgetOf(built);
    this.evict();
    return built;
  }

  /** The representation for `key` if held, without building or reordering. */
  peek(key: string): Representation | undefined {
    return this.pinned.get(key) ?? this.recent.get(key);
  }

  /**
   * Remembers that a request target, once validated, means `key`. Validation is a pure function
   * of the target, so the same target can skip it next time (see `answerKnownRequests`); the
   * memo holds keys, not bodies, so the byte budget still bounds memory.
   */
  remember(target: string, key: string): void {
    if (this.targets.get(target) === key) return;
    if (this.targets.size >= MAX_REMEMBERED_TARGETS) this.targets.clear();
    this.targets.set(target, key);
  }

  /** The representation a remembered request target means, if it is still held. */
  lookup(target: string): Representation | undefined {
    const key = this.targets.get(target);
    return key === undefined ? undefined : this.peek(key);
  }

  /** Keeps a representation for the server's lifetime: the responses precomputed at startup. */
  pin<T>(key: string, representation: Representation<T>): Representation<T> {
    this.pinned.set(key, representation);
    return representation;
  }

  private evict(): void {
    for (const [key, value] of this.recent) {
      if (this.recentBytes <= this.maxBytes || this.recent.size <= 1) break;
      this.recent.delete(key);
      this.recentBytes -= budgetOf(value);
    }
  }

  /** Entries and bytes held, for /health and tests. */
  stats(): { pinned: number; recent: number; recentBytes: number } {
    return { pinned: this.pinned.size, recent: this.recent.size, recentBytes: this.recentBytes };
  }
}
