import { ImportUpload } from '../../db/entities/export-job.ts';
import type { OperationContext } from '../../operation/context.ts';
import { unauthenticated } from '../../errors.ts';

/** Uploads older than this are dropped when the same person uploads again. */
const KEEP_MS = 24 * 60 * 60 * 1000;

/** Keeps an uploaded spreadsheet for its uploader (nobody else can preview or commit it). */
export async function storeImportUpload(ctx: OperationContext, fileName: string, bytes: Buffer): Promise<ImportUpload> {
  const actor = ctx.actor;
  if (!actor) throw unauthenticated();
  await ctx.em.nativeDelete(ImportUpload, {
    uploadedBy: actor.userId,
    createdAt: { $lt: new Date(Date.now() - KEEP_MS) },
  });
  const upload = ctx.em.create(ImportUpload, {
    uploadedBy: actor.userId,
    fileName:
      [...fileName]
        .filter((c) => c.charCodeAt(0) >= 0x20)
        .join('')
        .slice(0, 255) || 'import',
    sizeBytes: bytes.length,
    content: bytes,
  });
  await ctx.em.flush();
  return upload;
}
