/**
 * Publishes that could not reach the server (offline, server down), kept in localStorage by
 * draft so that a reload or a closed tab loses nothing: the text, path and message are kept, and
 * the commit is built again on the remote's head when the push is retried.
 */
import type { PublishPlan } from './publish-plan';

/** A publish waiting for the network. */
export interface PendingPublish {
  plan: PublishPlan;
  message: string;
  target: string;
  review: boolean;
}

const KEY = 'pluma.repository.pending.v1';

function readAll(): Record<string, PendingPublish> {
  try {
    const value: unknown = JSON.parse(localStorage.getItem(KEY) ?? '{}');
    return typeof value === 'object' && value !== null
      ? (value as Record<string, PendingPublish>)
      : {};
  } catch {
    return {};
  }
}

/** Returns the publish waiting for draft `id`, or null. */
export function loadPending(id: string): PendingPublish | null {
  const p = readAll()[id];
  return p && typeof p.plan?.text === 'string' && typeof p.target === 'string' ? p : null;
}

/** Keeps (or with null, forgets) the publish waiting for draft `id`; false when refused. */
export function savePending(id: string, pending: PendingPublish | null): boolean {
  const all = readAll();
  if (pending) all[id] = pending;
  else delete all[id];
  try {
    localStorage.setItem(KEY, JSON.stringify(all));
    return true;
  } catch {
    return false;
  }
}
