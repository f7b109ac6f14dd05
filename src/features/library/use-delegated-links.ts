// The library's rows link with plain anchors, and one click handler on the table sends a plain
// click on any of them through the router, as the router's Link would. A Link per anchor costs
// hooks, an effect and two components each: with two links in each of 500 rows, that was a third
// of the time the library took to show the list (issue 16). The anchors stay real links: a
// modified or middle click, a new tab, find-in-page and screen readers see them as before.

import { useCallback, type MouseEvent } from 'react';
import { useHref, useNavigate } from 'react-router';

export interface DelegatedLinks {
  /** The anchor's href for an app path such as `/issues/1`, under the app's base path. */
  hrefOf: (to: string) => string;
  /** The click handler for the element holding the anchors. */
  onClick: (event: MouseEvent<HTMLElement>) => void;
}

function isPlainClick(event: MouseEvent<HTMLElement>): boolean {
  return (
    !event.defaultPrevented &&
    event.button === 0 &&
    !event.metaKey &&
    !event.altKey &&
    !event.ctrlKey &&
    !event.shiftKey
  );
}

/** The anchor a click landed in, inside `container`, when the router should follow it. */
function routedAnchor(event: MouseEvent<HTMLElement>): HTMLAnchorElement | undefined {
  const target = event.target;
  if (!(target instanceof Element)) return undefined;
  const anchor = target.closest('a[href]');
  if (!(anchor instanceof HTMLAnchorElement) || !event.currentTarget.contains(anchor)) {
    return undefined;
  }
  const opensElsewhere = anchor.target !== '' && anchor.target !== '_self';
  return opensElsewhere || anchor.hasAttribute('download') ? undefined : anchor;
}

export function useDelegatedLinks(): DelegatedLinks {
  const navigate = useNavigate();
  const base = useHref('/').replace(/\/$/, '');
  const hrefOf = useCallback((to: string) => `${base}${to}`, [base]);
  const onClick = useCallback(
    (event: MouseEvent<HTMLElement>) => {
      if (!isPlainClick(event)) return;
      const href = routedAnchor(event)?.getAttribute('href');
      if (!href?.startsWith(`${base}/`) || href.startsWith('//')) return;
      event.preventDefault();
      void navigate(href.slice(base.length));
    },
    [base, navigate],
  );
  return { hrefOf, onClick };
}
