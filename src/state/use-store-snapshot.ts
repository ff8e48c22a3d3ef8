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
  const [value, setValue] = useState(get);
  useEffect(() => {
    let shown = get();
    // A change between the first render and this subscription is not missed (an external
    // store's sync, which the rule's advice does not cover; it renders only when it changed).
    // eslint-disable-next-line react-hooks/set-state-in-effect
    setValue(shown);
    return subscribe(() => {
      const next = get();
      const now = urgent(shown, next);
      shown = next;
      if (now) setValue(next);
      else startTransition(() => setValue(next));
    });
  }, [subscribe, get, urgent]);
  return value;
}
