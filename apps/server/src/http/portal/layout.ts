import { Html, html } from './html.ts';
import type { PortalLanguage } from './labels.ts';
import { PORTAL_LABELS, PORTAL_LANGUAGES } from './labels.ts';

/** Plain CSS, inline (the CSP allows inline styles, not scripts): readable at 390 px, no JavaScript. */
const STYLE = `
*,*::before,*::after{box-sizing:border-box}
body{margin:0;font:16px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:#1a1a1a;background:#fff}
a{color:#0b4f8a}a:focus-visible{outline:3px solid #c25400;outline-offset:2px}
.skip{position:absolute;left:-999px;top:0;background:#fff;padding:.5rem}.skip:focus{left:.5rem}
header{background:#0b3a63;color:#fff;padding:.75rem 1rem}header a{color:#fff}
header .brand{font-weight:700;font-size:1.15rem;text-decoration:none}
nav ul{list-style:none;margin:.5rem 0 0;padding:0;display:flex;flex-wrap:wrap;gap:.25rem 1rem}
.langs{font-size:.9rem}.langs [aria-current]{font-weight:700;text-decoration:none}
main{max-width:60rem;margin:0 auto;padding:1rem}
h1{font-size:1.6rem;line-height:1.25;overflow-wrap:anywhere}h2{font-size:1.25rem;margin-top:1.5rem}
.cards{list-style:none;padding:0;display:grid;gap:.75rem}
.card{border:1px solid #c7ced6;border-radius:6px;padding:.75rem}
.card h2,.card h3{margin:0 0 .25rem;font-size:1.1rem;overflow-wrap:anywhere}
dl.facts{display:grid;grid-template-columns:minmax(8rem,max-content) 1fr;gap:.25rem 1rem;margin:.5rem 0}
dl.facts dt{font-weight:600}dl.facts dd{margin:0;overflow-wrap:anywhere}
@media (max-width:34rem){dl.facts{grid-template-columns:1fr}dl.facts dd{margin-bottom:.4rem}}
.status{display:inline-block;border:1px solid #59636e;border-radius:4px;padding:0 .35rem;font-size:.9rem}
.note{background:#fff6e0;border-left:4px solid #a15c00;padding:.5rem .75rem}
.scroll{overflow-x:auto;max-width:100%}
table{border-collapse:collapse;width:100%;font-size:.92rem}
th,td{border:1px solid #c7ced6;padding:.35rem .5rem;text-align:left;vertical-align:top}
thead th{background:#eef2f6}caption{text-align:left;font-weight:600;padding:.25rem 0}
footer{border-top:1px solid #c7ced6;margin-top:2rem;padding:1rem;font-size:.9rem;color:#3d4650}
.visually-hidden{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap}
.pager{display:flex;gap:1rem;align-items:center;flex-wrap:wrap}
`;

/** Where each portal page lives, so the language switcher keeps the visitor on the same page. */
export function portalPath(lang: PortalLanguage, rest = ''): string {
  return `/public/${lang}/${rest}`;
}

export function layout(
  lang: PortalLanguage,
  page: {
    title: string;
    path: string;
    body: Html;
    current?: 'home' | 'recommendations' | 'practices' | 'states' | 'data';
  },
): string {
  const t = PORTAL_LABELS[lang];
  const sections = [
    ['home', '', t.home],
    ['recommendations', 'recommendations', t.recommendations],
    ['practices', 'practices', t.practices],
    ['states', 'states', t.states],
    ['data', 'data', t.openData],
  ] as const;
  return `<!doctype html>${
    html`<html lang="${lang}">
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>${page.title} · ${t.siteTitle}</title>
        <style>
          ${new Html(STYLE)}
        </style>
        ${PORTAL_LANGUAGES.map((l) => html`<link rel="alternate" hreflang="${l}" href="${portalPath(l, page.path)}" />`)}
      </head>
      <body>
        <a class="skip" href="#content">${t.skipToContent}</a>
        <header>
          <a class="brand" href="${portalPath(lang)}">${t.siteTitle}</a>
          <nav aria-label="${t.mainNav}">
            <ul>
              ${sections.map(
                ([key, path, label]) =>
                  html`<li>
                    <a href="${portalPath(lang, path)}" ${page.current === key ? html` aria-current="page"` : ''}
                      >${label}</a
                    >
                  </li>`,
              )}
              <li><a href="/">${t.signIn}</a></li>
            </ul>
          </nav>
          <nav class="langs" aria-label="${t.languageNav}">
            <ul>
              ${PORTAL_LANGUAGES.map(
                (l) =>
                  html`<li>
                    <a
                      href="${portalPath(l, page.path)}"
                      lang="${l}"
                      hreflang="${l}"
                      ${l === lang ? html` aria-current="true"` : ''}
                      >${PORTAL_LABELS[l].languageName}</a
                    >
                  </li>`,
              )}
            </ul>
          </nav>
        </header>
        <main id="content" tabindex="-1">${page.body}</main>
        <footer><p>${t.footer}</p></footer>
      </body>
    </html>`.value
  }`;
}
