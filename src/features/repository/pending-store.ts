/**
 * Publishes that could not reach the server (offline, server down), kept in localStorage by
 * draft so that a reload or a closed tab loses nothing: the text, path and message are kept, and
 * the commit is built again on the remote's head when the push is retried.
 */
import { byDraft } from './connection-store';
import type { PublishPlan } from './publish-plan';

/** A publish waiting for the network. */
export interface PendingPublish {
  plan: PublishPlan;
  message: string;
  target: string;
  review: boolean;
}

// One record of every waiting publish, by draft id.
const stored = byDraft('pluma.repository.pending.v1');

/** Returns the publish waiting for draft `id`, or null. */
export function loadPending(id: string): PendingPublish | null {
  const p = stored.get(id) as Partial<PendingPublish> | undefined;
  return p && typeof p.plan?.text === 'string' && typeof p.target === 'string'
    ? (p as PendingPublish)
    : null;
}

/** Keeps (or with null, forgets) the publish waiting for draft `id`; false when refused. */
export function savePending(id: string, pending: PendingPublish | null): boolean {
  return stored.set(id, pending);
}
