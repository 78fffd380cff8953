import { findMentions, handleOf } from '@/lib/workflow/find-mentions';

describe('findMentions', () => {
  test.each([
    ['@checker2 bitte prüfen', ['checker2']],
    ['Frag @Felix.Pruefer und @eva.', ['felix.pruefer', 'eva']],
    ['(@anna) and @anna again', ['anna']],
    ['no mention in mail@example.org', []],
    ['a lone @ sign', []],
    ['@first-name_last: see above', ['first-name_last']],
    ['', []],
  ])('%j mentions %j', (text, handles) => {
    expect(findMentions(text)).toEqual(handles);
  });

  test('a handle is the local part of the email, lower-cased', () => {
    expect(handleOf('Checker2@Factdesk.example')).toBe('checker2');
  });
});
