'use client';

import Link from 'next/link';
import { usePathname, useSearchParams } from 'next/navigation';
import { currentNavItem } from '@/lib/text/current-nav-item';

interface MainNavProps {
  label: string;
  items: ReadonlyArray<{ href: string; label: string }>;
}

export function MainNav({ label, items }: MainNavProps) {
  const pathname = usePathname();
  const searchParams = useSearchParams();
  const currentHref = currentNavItem(
    items.map((item) => item.href),
    pathname,
    new URLSearchParams(searchParams.toString()),
  );
  return (
    <nav aria-label={label}>
      <ul className="flex flex-wrap gap-1">
        {items.map((item) => {
          const current = item.href === currentHref;
          return (
            <li key={item.href}>
              <Link
                href={item.href}
                aria-current={current ? 'page' : undefined}
                className="rounded-md px-3 py-2 text-sm font-medium text-slate-700 hover:bg-slate-100 aria-[current=page]:bg-brand-50 aria-[current=page]:text-brand-900"
              >
                {item.label}
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
