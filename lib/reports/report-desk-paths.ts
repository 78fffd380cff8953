/** The newsroom's pages for one article's report. */
export const reportComposerPath = (articleId: string) => `/articles/${encodeURIComponent(articleId)}/report`;
export const reportPreviewPath = (articleId: string) => `${reportComposerPath(articleId)}/preview`;
