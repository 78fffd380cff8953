import fs from 'node:fs';
import path from 'node:path';
import { AppError } from '@/lib/errors/app-error';
import { MAX_UNPACKED_DOCX_BYTES, MAX_UPLOAD_BYTES } from '@/lib/intake/limits';
import { readArticleFile } from '@/lib/intake/read-article-file';
import { makeDocx, makeZip } from '../../support/make-zip';

const fixture = (name: string) => fs.readFileSync(path.join(__dirname, '../../fixtures/intake', name));
const file = (name: string, bytes: Buffer | string) => ({ name, bytes: Buffer.from(bytes) });

const GERMAN = 'Die Stadt hat 2025 rund 3.000 Bäume gepflanzt.';

describe('readArticleFile', () => {
  test('a .txt file in UTF-8, with a byte-order mark and Windows line ends', async () => {
    const bytes = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(`${GERMAN}\r\n\r\n\r\n\r\nZweiter Absatz.  \r\n`)]);
    expect(await readArticleFile(file('Bäume_2025.txt', bytes))).toEqual({
      title: 'Bäume 2025',
      author: null,
      outlet: null,
      publishedAt: null,
      body: `${GERMAN}\n\nZweiter Absatz.`,
    });
  });

  test('a .txt file in Windows-1252, as older office software writes it', async () => {
    const bytes = Buffer.from('Gr\xfc\xdfe aus M\xfcnchen: 12\xa0000 Besucher.', 'latin1');
    expect((await readArticleFile(file('gruesse.TXT', bytes))).body).toBe('Grüße aus München: 12\u00a0000 Besucher.');
  });

  test('an .html file: the article’s main text without menus, scripts or footer, and its metadata', async () => {
    const draft = await readArticleFile(file('bruecke.html', fixture('article-de.html')));
    expect(draft).toMatchObject({
      title: 'Falkenau baut neue Muldebrücke',
      author: 'Jana Berg',
      outlet: 'Falkenauer Tagblatt',
      publishedAt: '2026-03-04',
    });
    const paragraphs = draft.body.split('\n\n');
    expect(paragraphs[0]).toMatch(/^Der Stadtrat von Falkenau hat am Dienstag mit 23 zu 8 Stimmen/);
    expect(paragraphs).toContain('Kritik an den Kosten');
    expect(draft.body).toContain('„das teuerste Bauprojekt in der Geschichte der Stadt“');
    for (const noise of ['Startseite', 'Meistgelesen', 'Impressum', 'hijacked', 'cookie', 'track', 'Von Jana Berg']) {
      expect(draft.body).not.toContain(noise);
    }
  });

  test('an .html file that declares its charset in a meta tag', async () => {
    const html = Buffer.from('<html><head><meta charset="windows-1252"><title>Gr\xfc\xdfe</title></head><body><p>Sch\xf6ne Gr\xfc\xdfe.</p></body></html>', 'latin1');
    expect(await readArticleFile(file('g.htm', html))).toMatchObject({ title: 'Grüße', body: 'Schöne Grüße.' });
  });

  test('a .md file: its words without the markup, one paragraph per block', async () => {
    const { body, title } = await readArticleFile(file('harbour-homes.md', fixture('article-en.md')));
    expect(title).toBe('harbour homes');
    expect(body.split('\n\n')).toEqual([
      'Harbour district gets 600 new homes',
      'The city of Westmere approved a plan on Monday to build 600 new homes in the harbour district.',
      'Construction starts in spring 2027.',
      'A third of the flats will be let below market rent.',
      '"This is the largest housing project since 1995," said councillor Amira Shah.',
      'Not prose: a code block stays as it is.',
    ]);
  });

  test('a .docx file: its paragraphs', async () => {
    const docx = makeDocx([GERMAN, 'Der Bürgermeister sagte, 40 Prozent seien Eichen.']);
    expect((await readArticleFile(file('baeume.docx', docx))).body).toBe(`${GERMAN}\n\nDer Bürgermeister sagte, 40 Prozent seien Eichen.`);
  });

  test.each([
    ['a type it does not read', file('scan.pdf', '%PDF-1.7'), 'validation.fileType'],
    ['a file without an extension', file('article', GERMAN), 'validation.fileType'],
    ['a binary file named .txt', file('photo.txt', Buffer.from([0xff, 0xd8, 0xff, 0x00, 0x10])), 'validation.fileType'],
    ['a .docx that is not a zip', file('fake.docx', GERMAN), 'validation.fileUnreadable'],
    ['a zip that is not a Word document', file('other.docx', makeZip([{ name: 'a.txt', data: GERMAN }])), 'validation.fileUnreadable'],
    ['a .docx unpacking to more than the limit', file('bomb.docx', makeZip([{ name: 'word/document.xml', data: Buffer.alloc(MAX_UNPACKED_DOCX_BYTES + 1) }])), 'validation.fileTooLarge'],
    ['a file over the size limit', file('long.txt', 'a'.repeat(MAX_UPLOAD_BYTES + 1)), 'validation.fileTooLarge'],
    ['an empty file', file('empty.txt', ''), 'validation.fileNoText'],
    ['a file of blank lines', file('blank.md', '\n \n\t\n'), 'validation.fileNoText'],
    ['an HTML page without text', file('blank.html', '<html><body><script>alert(1)</script></body></html>'), 'validation.fileNoText'],
    ['no file at all', file('', ''), 'validation.required'],
  ])('refuses %s on the file field', async (_case, upload, key) => {
    const error = await readArticleFile(upload).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(AppError);
    expect(error).toMatchObject({ code: 'INVALID', fieldErrors: { file: { key } } });
  });
});
