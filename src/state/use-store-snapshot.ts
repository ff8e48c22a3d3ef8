import { startTransition, useEffect, useState } from 'react';

/**
 * Returns `get()` of an external store for React, rendering each change at once when `urgent`
 * says so for it (given the value shown before and the new one) and otherwise as a transition:
 * after the frame of the key press that made it, in slices, so that it costs that key's task no
 * React work. (`useSyncExternalStore` renders every change at once.) The three functions should
 * keep their identity from render to render: a new one subscribes again.
 */
export function useStoreSnapshot<T>(
  subscribe: (listener: () => void) => () => void,
  get: () => T,
  urgent: (shown: T, next: T) => boolean,
): T {
  return useStorePart(subscribe, get, whole, { urgent });
}

/** The whole value of a store, as its part. */
const whole = <T>(value: T): T => value;

/** How `useStorePart` tells a change of the part and when to render it. */
export interface StorePartOptions<P> {
  /** True when the part shown and the next one are the same: nothing renders (default `Object.is`). */
  same?: (shown: P, next: P) => boolean;
  /** True when a change must render at once; else it renders as a transition (the default). */
  urgent?: (shown: P, next: P) => boolean;
}

/**
 * Returns `select(get())`, the part of an external store a component shows, and renders it again
 * only when that part changes (`same`): a change of the rest of the store renders nothing here.
 * `subscribe`, `get`, `select` and the options' functions should keep their identity from render
 * to render (module-level functions): a new one subscribes again.
 */
export function useStorePart<T, P>(
  subscribe: (listener: () => void) => () => void,
  get: () => T,
  select: (value: T) => P,
  { same = Object.is, urgent }: StorePartOptions<P> = {},
): P {
  const [shownPart, setShownPart] = useState(() => ({ select, part: select(get()) }));
  // A new `select` (its inputs changed) shows its part of the store in this very render.
  const part = shownPart.select === select ? shownPart.part : select(get());
  useEffect(() => {
    let shown = select(get());
    const show = (next: P) => setShownPart({ select, part: next });
    // A change between the render and this subscription is not missed. The same part keeps the
    // state as it is, even under a new `select`: a `select` made anew in each render then costs
    // a call per render, never a render loop.
    // eslint-disable-next-line react-hooks/set-state-in-effect
    setShownPart((before) => (same(before.part, shown) ? before : { select, part: shown }));
    return subscribe(() => {
      const next = select(get());
      if (same(shown, next)) return;
      const now = urgent?.(shown, next) ?? false;
      shown = next;
      if (now) show(next);
      else startTransition(() => show(next));
    });
  }, [subscribe, get, select, same, urgent]);
  return part;
}
