/** Test support: connecting drafts sessions (tabs) on a fresh fake-IndexedDB database. */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { createDraftSession } from './draft-session';
import type { DraftSession, DraftSessionOptions } from './draft-session';

/** The welcome post, as the app stores it on the first run. */
export const welcome = readFileSync(resolve(process.cwd(), 'src/app/welcome.md'), 'utf8');

/** The text of a new post the sessions start from. */
export const newPostText = () => '---\nlayout: post\ntitle: ""\n---\n';

const disconnects: (() => void)[] = [];

/** Disconnects every session `connectSession` connected (call it in `afterEach`). */
export function disconnectSessions(): void {
  disconnects.splice(0).forEach((d) => d());
}

/** Disconnects the session connected last (a tab that closes). */
export function disconnectLast(): void {
  disconnects.pop()?.();
}

/**
 * Connects a session on database `dbName`; the sessions of one database share its channel. By
 * default there is no page, the welcome post is `welcome`, and autosave waits 20 ms.
 */
export function connectSession(
  options: Partial<DraftSessionOptions> & { dbName: string },
): DraftSession {
  const session = createDraftSession({
    welcomeText: welcome,
    makeNewPostText: newPostText,
    channelName: options.dbName,
    page: null,
    delayMs: 20,
    ...options,
  });
  disconnects.push(session.connect());
  return session;
}

/** Waits until `check` holds, polling every 10 ms; throws after about 3 s. */
export async function until(check: () => boolean, what: string): Promise<void> {
  for (let i = 0; i < 300; i++) {
    if (check()) return;
    await new Promise((r) => setTimeout(r, 10));
  }
  throw new Error(`timed out waiting for ${what}`);
}

/** Waits until `session` has started. */
export const ready = (session: DraftSession) => until(() => session.getState().ready, 'ready');

/** Types `text` as the whole text of `session`'s open draft. */
export const type = (session: DraftSession, text: string) =>
  session.onText(session.getState().open!.key, text);
