import { Table } from '@mantine/core';
import { useEffect, useRef, useState } from 'react';
import type { ReactNode } from 'react';

interface Props {
  /** Below this width the table scrolls sideways. */
  minWidth: number;
  /** What the table is (its caption or heading): the name of the region a keyboard user scrolls. */
  label: string;
  children: ReactNode;
}

/**
 * A table that scrolls sideways when its column is narrower than `minWidth` (a phone, a page's side panel).
 * While it does, its scrolling region is a named, focusable region, so that a keyboard user can reach it and
 * scroll it with the arrow keys (WCAG 2.1.1; axe `scrollable-region-focusable`); when everything fits it is no
 * extra tab stop.
 */
export function TableScroll({ minWidth, label, children }: Props) {
  const viewport = useRef<HTMLDivElement>(null);
  const [scrolls, setScrolls] = useState(false);
  useEffect(() => {
    const element = viewport.current;
    if (!element) return;
    const measure = () => setScrolls(element.scrollWidth > element.clientWidth + 1);
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(element);
    if (element.firstElementChild) observer.observe(element.firstElementChild);
    return () => observer.disconnect();
  }, []);
  return (
    <Table.ScrollContainer
      minWidth={minWidth}
      scrollAreaProps={{
        viewportRef: viewport,
        viewportProps: scrolls ? { tabIndex: 0, role: 'region', 'aria-label': label } : {},
      }}
    >
      {children}
    </Table.ScrollContainer>
  );
}
