import { describe, expect, it } from 'vitest';
import { LOCALES } from '@opcat/domain';
import { renderMail } from './templates.ts';

const params = {
  organisationName: 'Colectivo <b>"Dignidad"</b> & co',
  inviterName: 'Ana Martínez',
  link: 'https://hub.example.org/invitation#token=abc',
  expiresAt: new Date('2026-12-13T03:00:00Z'),
};

describe('mail templates', () => {
  it.each(LOCALES)('renders the invitation in %s, text and HTML, with the link and the expiry date', (locale) => {
    const mail = renderMail('invitation', locale, params);
    expect(mail.subject.length).toBeGreaterThan(10);
    expect(mail.text).toContain(params.link);
    expect(mail.text).toContain('2026');
    expect(mail.html).toContain(`<html lang="${locale}">`);
    expect(mail.html).toContain('href="https://hub.example.org/invitation#token=abc"');
  });

  it('writes the expiry as each language writes a date and time (British English, not US)', () => {
    const expiry = (locale: (typeof LOCALES)[number]) =>
      /(\d{1,2} .+ 2026.*\d:\d{2} UTC)/.exec(renderMail('invitation', locale, params).text)?.[1];
    expect(expiry('es')).toBe('13 de diciembre de 2026 a las 3:00 UTC');
    expect(expiry('en')).toBe('13 December 2026 at 03:00 UTC');
    expect(expiry('fr')).toBe('13 décembre 2026 à 03:00 UTC');
    expect(expiry('pt')).toBe('13 de dezembro de 2026 às 03:00 UTC');
  });

  it('each language has its own words', () => {
    const actions = LOCALES.map((locale) => /\n\n(.+): https/.exec(renderMail('invitation', locale, params).text)?.[1]);
    expect(actions).toEqual([
      'Elegir mi contraseña',
      'Choose my password',
      'Choisir mon mot de passe',
      'Escolher minha senha',
    ]);
  });

  it('escapes every parameter in the HTML (names come from people)', () => {
    const { html } = renderMail('memberAdded', 'es', { ...params, link: 'https://x.example/"><script>' });
    expect(html).not.toContain('<b>');
    expect(html).not.toContain('<script>');
    expect(html).toContain('Colectivo &lt;b&gt;&quot;Dignidad&quot;&lt;/b&gt; &amp; co');
  });
});
