import { z } from 'zod';
import { parseIpNetwork, type IpNetwork } from '@/lib/intake/ip-address';

const MIN_SECRET_LENGTH = 32;

const networkList = z
  .string()
  .default('')
  .transform((value, context) => {
    const networks: IpNetwork[] = [];
    for (const entry of value.split(',').map((part) => part.trim()).filter(Boolean)) {
      const network = parseIpNetwork(entry);
      if (network) networks.push(network);
      else context.addIssue({ code: 'custom', message: `has "${entry}", which is not an IP address or a CIDR range such as 10.0.0.0/8` });
    }
    return networks;
  });

const envSchema = z
  .object({
    NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
    DATABASE_URL: z.url({ protocol: /^postgres(ql)?$/, error: 'must be a postgresql:// connection URL' }),
    /** Only tests set it: each test file works in a schema of its own. */
    DATABASE_SCHEMA: z.string().regex(/^[a-z_][a-z0-9_]*$/).optional(),
    NEXTAUTH_SECRET: z.string().min(MIN_SECRET_LENGTH, `must be at least ${MIN_SECRET_LENGTH} characters`).optional(),
    NEXTAUTH_URL: z.url().optional(),
    /**
     * Networks a URL import may reach although they are not public (an intranet CMS, say):
     * comma-separated addresses or CIDR ranges. Empty by default: only public addresses.
     */
    URL_IMPORT_ALLOWED_NETWORKS: networkList,
    /** 'separate' when `npm run worker` processes run the background jobs and `npm start` should not. */
    JOB_WORKER: z.enum(['in-app', 'separate'], 'must be in-app or separate').default('in-app'),
    /**
     * Server processes `npm start` runs on one port, sharing its connections (Node's cluster);
     * default: one per core, at most 4. Always 1 on the embedded database, which one process serves.
     */
    WEB_PROCESSES: z.coerce.number().int().min(1).max(64).optional(),
    /** Memory the production server's front cache of public report answers may hold, in MiB, per process. */
    FRONT_CACHE_MAX_MB: z.coerce.number().int().min(1).default(32),
    /** Only `npm run bench:load` sets it: a file that receives every SQL statement Prisma sends, one JSON line each. */
    FACTDESK_QUERY_LOG: z.string().min(1).optional(),
  })
  .superRefine((env, context) => {
    if (env.NODE_ENV === 'production' && !env.NEXTAUTH_SECRET) {
      context.addIssue({
        code: 'custom',
        path: ['NEXTAUTH_SECRET'],
        message: 'is required in production: generate one with `openssl rand -base64 32`',
      });
    }
  });

export type Env = z.infer<typeof envSchema>;

export function parseEnv(source: NodeJS.ProcessEnv): Env {
  const result = envSchema.safeParse(source);
  if (result.success) return result.data;
  const problems = result.error.issues.map((issue) => `  - ${issue.path.join('.') || 'environment'} ${issue.message}`);
  throw new Error(`Factdesk cannot start, its configuration is incomplete:\n${problems.join('\n')}\nSee .env.example and the README.`);
}

let cached: Env | undefined;

export function env(): Env {
  cached ??= parseEnv(process.env);
  return cached;
}

/** For the server's start-up: print what is missing and stop, rather than serve 500s. */
export function exitUnlessConfigured(): void {
  try {
    env();
  } catch (error) {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  }
}
