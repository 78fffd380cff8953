import { db } from '@/lib/db';

export const RATING_FIELDS = {
  id: true,
  key: true,
  labelEn: true,
  labelDe: true,
  value: true,
  position: true,
  retiredAt: true,
} as const;

export interface RatingOption {
  id: string;
  key: string;
  labelEn: string;
  labelDe: string;
  value: number | null;
  position: number;
  retiredAt: Date | null;
}

/** The rating scale in its order; retired ratings only when asked for (claims keep them). */
export async function listRatings({ includeRetired = false } = {}): Promise<RatingOption[]> {
  return db.rating.findMany({
    where: includeRetired ? {} : { retiredAt: null },
    select: RATING_FIELDS,
    orderBy: { position: 'asc' },
  });
}
