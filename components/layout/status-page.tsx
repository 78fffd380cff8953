import Link from 'next/link';

interface StatusPageProps {
  code: number;
  title: string;
  body: string;
  action?: { href: string; label: string };
  children?: React.ReactNode;
}

/** The one look of 403, 404, 503 and error pages. */
export function StatusPage({ code, title, body, action, children }: StatusPageProps) {
  return (
    <main id="main" className="mx-auto flex min-h-[60vh] max-w-xl flex-col justify-center gap-4 px-6 py-16">
      <p className="text-sm font-semibold tracking-wide text-brand-700">{code}</p>
      <h1 className="text-3xl font-bold tracking-tight">{title}</h1>
      <p className="text-slate-700">{body}</p>
      {action && (
        <p>
          <Link href={action.href} className="font-medium text-brand-700 underline underline-offset-4 hover:text-brand-900">
            {action.label}
          </Link>
        </p>
      )}
      {children}
    </main>
  );
}
