import { useEffect, useRef } from 'react';
import { useLocation } from 'react-router';

/** Every page starts at its top: the scrolling main area does not carry one page's scroll position to the next. */
export function ScrollToTop() {
  const { pathname } = useLocation();
  const anchor = useRef<HTMLSpanElement>(null);
  useEffect(() => {
    anchor.current?.closest('main')?.scrollTo({ top: 0, left: 0 });
  }, [pathname]);
  return <span ref={anchor} hidden />;
}
