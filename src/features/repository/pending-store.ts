/**
 * Publishes that could not reach the server (offline, server down), kept in localStorage by
 * draft so that a reload or a closed tab loses nothing: the text, path and message are kept, and
 * the commit is built again on the remote's head when the push is retried.
 */
import { fieldsOf, localValue, parseJson } from '../../storage';
import type { PublishPlan } from './publish-plan';

/** A publish waiting for the network. */
export interface PendingPublish {
  plan: PublishPlan;
  message: string;
  target: string;
  review: boolean;
}

// One record of every waiting publish, by draft id.
const stored = localValue('pluma.repository.pending.v1', (raw) => fieldsOf(parseJson(raw)));

/** Returns the publish waiting for draft `id`, or null. */
export function loadPending(id: string): PendingPublish | null {
  const p = stored.read()[id] as Partial<PendingPublish> | undefined;
  return p && typeof p.plan?.text === 'string' && typeof p.target === 'string'
    ? (p as PendingPublish)
    : null;
}

/** Keeps (or with null, forgets) the publish waiting for draft `id`; false when refused. */
export function savePending(id: string, pending: PendingPublish | null): boolean {
  const all = { ...stored.read() };
  if (pending) all[id] = pending;
  else delete all[id];
  return stored.write(all);
}
