'use server';

import { redirect } from 'next/navigation';
import { reportComposerPath, reportPreviewPath } from '@/lib/reports/report-desk-paths';
import { defineAction } from '@/lib/server/define-action';
import { expireReportCache } from '@/lib/server/reports/public-report-cache';
import { publishReport } from '@/lib/server/reports/publish-report';
import { saveReportDraft } from '@/lib/server/reports/save-report-draft';
import { unpublishReport } from '@/lib/server/reports/unpublish-report';
import { publishReportSchema, reportDraftSchema, unpublishReportSchema } from '@/lib/validations/report';

export const saveReportDraftAction = defineAction({
  permission: 'report:publish',
  schema: reportDraftSchema,
  run: async (input, editor) => {
    await saveReportDraft(input, editor);
    redirect(reportPreviewPath(input.articleId));
  },
});

export const publishReportAction = defineAction({
  permission: 'report:publish',
  schema: publishReportSchema,
  run: async (input, editor) => {
    const { slug, version } = await publishReport(input, editor);
    expireReportCache(slug);
    redirect(`${reportComposerPath(input.articleId)}?published=${version}`);
  },
});

export const unpublishReportAction = defineAction({
  permission: 'report:publish',
  schema: unpublishReportSchema,
  run: async (input, editor) => {
    const { slug } = await unpublishReport(input, editor);
    expireReportCache(slug);
    redirect(`${reportComposerPath(input.articleId)}?unpublished=1`);
  },
});
