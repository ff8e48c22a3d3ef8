/**
 * What the git libraries expect of their context, set before they load in the git worker:
 * isomorphic-git and its hash library use Node's global `Buffer` (the `buffer` package's here),
 * and lightning-fs's text encoder polyfill looks for `window` or `global`, which a module worker
 * has neither of.
 */
import { Buffer } from 'buffer';

const scope = globalThis as { global?: typeof globalThis; Buffer?: typeof Buffer };
scope.global ??= globalThis;
scope.Buffer ??= Buffer;
