/** Asking the browser to keep Pluma's storage, and how much room is left. */

/** Whether the browser promised to keep Pluma's data under storage pressure. */
export type PersistenceState = 'persistent' | 'best-effort' | 'unsupported';

/**
 * Asks for persistent storage (unless already granted) and returns the outcome: 'persistent',
 * 'best-effort' when refused, 'unsupported' without the StorageManager API.
 */
export async function requestPersistence(): Promise<PersistenceState> {
  const storage = storageManager();
  if (!storage || typeof storage.persist !== 'function') return 'unsupported';
  try {
    if (typeof storage.persisted === 'function' && (await storage.persisted())) return 'persistent';
    return (await storage.persist()) ? 'persistent' : 'best-effort';
  } catch {
    // Some browsers reject instead of answering false (e.g. in an opaque origin).
    return 'best-effort';
  }
}

/** Storage used and available to this origin, in bytes. */
export interface StorageEstimateResult {
  usage: number;
  quota: number;
}

/** Returns the browser's estimate of used and available storage, or null when unknown. */
export async function estimate(): Promise<StorageEstimateResult | null> {
  const storage = storageManager();
  if (!storage || typeof storage.estimate !== 'function') return null;
  try {
    const { usage, quota } = await storage.estimate();
    if (typeof usage !== 'number' || typeof quota !== 'number') return null;
    return { usage, quota };
  } catch {
    return null;
  }
}

function storageManager(): StorageManager | null {
  return typeof navigator !== 'undefined' && navigator.storage ? navigator.storage : null;
}
