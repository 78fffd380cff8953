import { cachedRendering, expireReportCache } from '@/lib/server/reports/public-report-cache';
import type { RenderedReport } from '@/lib/server/reports/render-public-report';

const rendered = (body: string): RenderedReport => ({ status: 200, body, contentType: 'text/html', fileName: null });

describe('cachedRendering', () => {
  afterEach(() => jest.useRealTimers());

  test('renders an address once and shares it, also with requests that arrive meanwhile', async () => {
    const render = jest.fn(async () => rendered('eins'));
    const [first, second] = await Promise.all([cachedRendering('a', 'page', render), cachedRendering('a', 'page', render)]);
    expect(await cachedRendering('a', 'page', render)).toBe(first);
    expect(second).toBe(first);
    expect(render).toHaveBeenCalledTimes(1);
  });

  test('keeps each format and version apart', async () => {
    await cachedRendering('b', 'page current', async () => rendered('page'));
    await expect(cachedRendering('b', 'json current', async () => rendered('json'))).resolves.toMatchObject({ body: 'json' });
  });

  test('keeps no failure, so an address that names nothing leaves no entry', async () => {
    await expect(cachedRendering('missing', 'page', async () => Promise.reject(new Error('NOT_FOUND')))).rejects.toThrow('NOT_FOUND');
    await expect(cachedRendering('missing', 'page', async () => rendered('now there'))).resolves.toMatchObject({ body: 'now there' });
  });

  test('renders afresh after the report is expired, and only that report', async () => {
    await cachedRendering('c', 'page', async () => rendered('old'));
    await cachedRendering('cc', 'page', async () => rendered('other'));
    expireReportCache('c');
    await expect(cachedRendering('c', 'page', async () => rendered('new'))).resolves.toMatchObject({ body: 'new' });
    await expect(cachedRendering('cc', 'page', async () => rendered('changed'))).resolves.toMatchObject({ body: 'other' });
  });

  test('renders afresh once an entry is a minute old (what another process published)', async () => {
    jest.useFakeTimers({ now: new Date('2026-12-02T12:00:00Z') });
    await cachedRendering('d', 'page', async () => rendered('old'));
    jest.setSystemTime(new Date('2026-12-02T12:00:59Z'));
    await expect(cachedRendering('d', 'page', async () => rendered('new'))).resolves.toMatchObject({ body: 'old' });
    jest.setSystemTime(new Date('2026-12-02T12:01:01Z'));
    await expect(cachedRendering('d', 'page', async () => rendered('new'))).resolves.toMatchObject({ body: 'new' });
  });
});
