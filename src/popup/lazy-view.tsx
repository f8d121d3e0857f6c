// A view whose code is fetched when first wanted. React.lazy suspends on a view's first render even when its code has
// already arrived (the promise it is given is a new one each time), and React holds a Suspense boundary's content back
// until 300 ms after its fallback showed: the popup opened onto People waited about 250 ms for nothing. Once the code
// is here, the view is rendered directly.
import {lazy, useState, type ComponentType, type JSX} from 'react';

export type LazyView<P> = {View: (props: P) => JSX.Element; preload: () => Promise<unknown>};

export function lazyView<P extends object>(load: () => Promise<ComponentType<P>>): LazyView<P> {
  let loaded: ComponentType<P> | undefined;
  let pending: Promise<ComponentType<P>> | undefined;
  const preload = () => (pending ??= load().then((component) => (loaded = component), (error: unknown) => {
    pending = undefined; // fetched again next time (an extension update may have renamed the chunk)
    throw error;
  }));
  const Lazy = lazy(() => preload().then((component) => ({default: component})));
  function View(props: P) {
    // Chosen once per mount: a switch from the lazy component to the loaded one would mount the view afresh.
    const [Component] = useState<ComponentType<P>>(() => loaded ?? Lazy);
    return <Component {...props} />;
  }
  return {View, preload};
}
