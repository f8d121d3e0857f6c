import {describe, expect, it} from 'vitest';
import {analyze} from './index.ts';

describe('language', () => {
  it.each([
    ['Hi Tom, could you send me the deck by Friday? Thanks!', 'en'],
    ['Hola Ana, gracias por tu mensaje. Te envío el contrato mañana por la tarde.', 'es'],
    ['Bonjour Marie, merci pour votre message. Je vous envoie le contrat demain.', 'fr'],
    ['Hallo Jan, danke für die Nachricht. Ich schicke dir den Vertrag morgen.', 'de'],
    ['Здравствуйте, пришлите, пожалуйста, договор до пятницы.', 'ru'],
    ['お世話になっております。資料を金曜日までにお送りください。', 'ja'],
    ['', 'unknown'],
  ])('%s → %s', (text, lang) => {
    expect(analyze({text}).language).toBe(lang);
  });

  it('keeps an English draft with a foreign name or phrase English', () => {
    expect(analyze({text: 'Hi José, the café on Rue de la Paix is booked for Friday. Merci!'}).language).toBe('en');
  });

  it('gives a Spanish draft no tone hints even with capitals and "!!"', () => {
    expect(analyze({text: 'Hola, NECESITO ESTO HOY!! Gracias por todo, te lo envío mañana.'}).hints).toEqual([]);
  });
});
