import { useEffect, useReducer } from 'react';

/** A module loaded on first need; once loaded it is at hand synchronously. */
export interface LazyModule<T> {
  loaded: T | undefined;
  load: () => Promise<T>;
}

export function lazyModule<T>(loader: () => Promise<T>): LazyModule<T> {
  let loading: Promise<T> | undefined;
  const lazy: LazyModule<T> = {
    loaded: undefined,
    load: () => {
      loading ??= loader().then(
        (module) => (lazy.loaded = module),
        (error: unknown) => {
          loading = undefined;
          throw error;
        },
      );
      return loading;
    },
  };
  return lazy;
}

/**
 * The module once it is wanted and loaded; undefined while it loads (the caller keeps showing
 * what it showed, so a focused element keeps the focus until the module is there).
 */
export function useLazyModule<T>(lazy: LazyModule<T>, wanted: boolean): T | undefined {
  const [, loaded] = useReducer((n: number) => n + 1, 0);
  useEffect(() => {
    if (!wanted || lazy.loaded !== undefined) return;
    let live = true;
    lazy.load().then(
      () => live && loaded(),
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [lazy, wanted]);
  return wanted ? lazy.loaded : undefined;
}
