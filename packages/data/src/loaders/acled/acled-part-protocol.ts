import type { AcledPart, AcledPartRequest } from './acled-part.js';

/** Messages to a part worker. */
export type WorkerRequest =
  | { readonly kind: 'read'; readonly id: number; readonly request: AcledPartRequest }
  | { readonly kind: 'find'; readonly id: number; readonly ids: readonly string[] }
  | { readonly kind: 'close' };

/** Replies from a part worker. */
export type WorkerReply =
  | { readonly kind: 'part'; readonly id: number; readonly part: AcledPart }
  | { readonly kind: 'failed'; readonly id: number; readonly message: string }
  | { readonly kind: 'progress'; readonly id: number; readonly bytes: number }
  | { readonly kind: 'found'; readonly id: number; readonly slots: Int32Array };
