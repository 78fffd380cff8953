import { AppError } from '@/lib/errors/app-error';
import { MAX_UPLOAD_BYTES } from '@/lib/intake/limits';
import type { PublicUser } from '@/lib/server/users/user-fields';
import type { ByteChunks } from './factcheck-file';
import { importFactChecks, type ImportOutcome } from './import-factchecks';

const MEGABYTE = 1_000_000;

/** A web File's bytes as they are read, never all of it at once. */
async function* chunksOf(file: File): ByteChunks {
  const reader = file.stream().getReader();
  try {
    for (let next = await reader.read(); !next.done; next = await reader.read()) yield next.value;
  } finally {
    reader.releaseLock();
  }
}

/** An admin's upload: the same import as the command line's, for files a request can carry. */
export async function importUploadedFactChecks(user: Pick<PublicUser, 'id'>, file: File): Promise<ImportOutcome> {
  if (file.size > MAX_UPLOAD_BYTES) throw new AppError('INVALID', undefined, { file: { key: 'validation.fileTooLarge', values: { limit: MAX_UPLOAD_BYTES / MEGABYTE } } });
  return importFactChecks({ name: file.name, chunks: chunksOf(file), importedById: user.id });
}
