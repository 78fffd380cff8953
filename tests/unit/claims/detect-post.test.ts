import { isInformalPost } from '../../../lib/claims/text/detect-post';

describe('isInformalPost', () => {
  it.each([
    ['a mention', '@USER Das stimmt so nicht, die Mieten sind gestiegen.'],
    ['an exclamation', 'Die Bahn ist schon wieder zu spät!'],
    ['doubled marks', 'Wer soll das denn bezahlen??'],
    ['an emoji', 'Schönes Wetter heute 😁'],
    ['a lower-case opening', 'seit Jahren wird nichts repariert.'],
    ['a short text ending on a word', 'Der Bus fährt hier nicht mehr'],
    ['the informal you', 'Hast du den Bericht überhaupt gelesen? Da steht etwas anderes.'],
    ['the first person', 'Seit Jahren zahle ich mehr für den Strom.'],
  ])('reads a short one-line text with %s as a post', (_name, text) => {
    expect(isInformalPost(text)).toBe(true);
  });

  it('reads a long one-line answer to someone as a post', () => {
    expect(isInformalPost(`@USER ${'Die Kosten sind seit dem Umbau gestiegen. '.repeat(20)}`)).toBe(true);
  });

  it.each([
    ['a plain sentence', 'Der Stadtrat hat am Dienstag den Haushalt für 2025 beschlossen.'],
    ['a word that only holds a pronoun', 'Die Dichter lasen im Kurhaus aus ihren Büchern.'],
    ['a headline and a body', 'Haushalt beschlossen!\nDer Stadtrat hat am Dienstag den Haushalt beschlossen.'],
    ['a long one-line article', `${'Der Stadtrat hat am Dienstag den Haushalt beschlossen. '.repeat(12)}Die Sitzung endete um 19 Uhr!`],
    ['a very long one-line text, even opening with a mention', `@USER ${'Die Kosten sind seit dem Umbau gestiegen. '.repeat(150)}`],
    ['a long caption with no closing mark', `${'Der Stadtrat hat am Dienstag den Haushalt beschlossen. '.repeat(6)}Die Rede des Bürgermeisters im Video`],
  ])('reads %s as an article', (_name, text) => {
    expect(isInformalPost(text)).toBe(false);
  });
});
