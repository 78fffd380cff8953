/**
 * What the root layout hands every page's client components: the error boundary's and the
 * header's. A page hands its own client components their namespaces with <ClientMessages>, so
 * that a page carries in its payload the few strings it can show, not the whole catalog
 * (tests/unit/i18n/client-messages.test.ts checks that none is missing).
 */
export const ROOT_CLIENT_NAMESPACES = ['failure', 'language'] as const;

type Messages = { [key: string]: string | Messages };

/** The messages under the given dotted paths, nested as in the catalog; paths the catalog lacks are left out. */
export function pickMessages(messages: Messages, paths: readonly string[]): Messages {
  const picked: Messages = {};
  for (const path of paths) {
    const keys = path.split('.');
    let from: string | Messages | undefined = messages;
    for (const key of keys) from = typeof from === 'object' ? from[key] : undefined;
    if (from === undefined) continue;
    let into = picked;
    keys.forEach((key, index) => {
      if (index === keys.length - 1) into[key] = from;
      else into = (into[key] ??= {}) as Messages;
    });
  }
  return picked;
}
