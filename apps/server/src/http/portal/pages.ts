import { countryName, formatCalendarDate, labelColon } from '@opcat/domain';
import type { PublicPractice, PublicRecommendation } from '../../modules/portal/public-records.ts';
import type { OpcatStateRow } from '../../modules/portal/opcat-states.ts';
import type { Html } from './html.ts';
import { html } from './html.ts';
import type { PortalLanguage } from './labels.ts';
import { enumLabel, PORTAL_LABELS } from './labels.ts';
import { layout, portalPath } from './layout.ts';

export const PORTAL_PAGE_SIZE = 50;

export function homePage(lang: PortalLanguage, counts: { recommendations: number; practices: number; states: number }) {
  const t = PORTAL_LABELS[lang];
  const item = (path: string, title: string, text: string, count: string) =>
    html`<li class="card">
      <h2><a href="${portalPath(lang, path)}">${title}</a></h2>
      <p>${text}</p>
      <p>${count}</p>
    </li>`;
  return layout(lang, {
    title: t.home,
    path: '',
    current: 'home',
    body: html`<h1>${t.siteTitle}</h1>
      <p>${t.intro}</p>
      <ul class="cards">
        ${item('recommendations', t.recommendations, t.homeRecommendations, t.countPublished(counts.recommendations))}
        ${item('practices', t.practices, t.homePractices, t.countPublished(counts.practices))}
        ${item('states', t.states, t.homeStates, t.statesCount(counts.states))}
        ${item('data', t.openData, t.homeOpenData, 'CSV · JSON')}
      </ul>`,
  });
}

function pager(lang: PortalLanguage, path: string, page: number, total: number): Html | '' {
  const t = PORTAL_LABELS[lang];
  const pages = Math.max(1, Math.ceil(total / PORTAL_PAGE_SIZE));
  if (pages === 1) return '';
  return html`<nav class="pager" aria-label="${t.pagination}">
    ${page > 1 ? html`<a href="${portalPath(lang, path)}?page=${page - 1}" rel="prev">${t.previous}</a>` : ''}
    <span>${t.pageOf(page, pages)}</span>
    ${page < pages ? html`<a href="${portalPath(lang, path)}?page=${page + 1}" rel="next">${t.next}</a>` : ''}
  </nav>`;
}

/**
 * A calendar date as the visitor's language writes it, `long` in text ("30 de septiembre de 2026"),
 * `medium` in tables; the machine-readable date stays in `datetime`. Null: a dash.
 */
function date(lang: PortalLanguage, iso: string | null, style: 'medium' | 'long' = 'long'): Html | string {
  if (!iso) return '—';
  return html`<time datetime="${iso}">${formatCalendarDate(iso, lang, style)}</time>`;
}

function statusBadge(lang: PortalLanguage, value: string | null): Html {
  const t = PORTAL_LABELS[lang];
  return html`<span class="status">${value ? enumLabel(lang, 'status', value) : t.notReported}</span>`;
}

export function recommendationsPage(
  lang: PortalLanguage,
  list: { nodes: PublicRecommendation[]; totalCount: number },
  page: number,
) {
  const t = PORTAL_LABELS[lang];
  return layout(lang, {
    title: t.recommendations,
    path: 'recommendations',
    current: 'recommendations',
    body: html`<h1>${t.recommendations}</h1>
      <p>${t.homeRecommendations} ${t.countPublished(list.totalCount)}</p>
      ${list.nodes.length === 0 ? html`<p>${t.noneYet}</p>` : ''}
      <ul class="cards">
        ${list.nodes.map(
          (r) =>
            html`<li class="card">
              <h2><a href="${portalPath(lang, `recommendations/${r.id}`)}">${r.reference} — ${r.title}</a></h2>
              <dl class="facts">
                <dt>${t.issuedBy}</dt>
                <dd>${r.issuedBy} (${enumLabel(lang, 'source', r.source)})</dd>
                <dt>${t.addressee}</dt>
                <dd>${r.addressee}</dd>
                <dt>${t.issuedOn}</dt>
                <dd>${date(lang, r.issuedOn)}</dd>
                <dt>${t.stateStatus}</dt>
                <dd>${statusBadge(lang, r.stateStatus)}</dd>
                <dt>${t.monitorStatus}</dt>
                <dd>${statusBadge(lang, r.monitorStatus)}</dd>
              </dl>
            </li>`,
        )}
      </ul>
      ${pager(lang, 'recommendations', page, list.totalCount)}`,
  });
}

export function recommendationPage(lang: PortalLanguage, r: PublicRecommendation) {
  const t = PORTAL_LABELS[lang];
  return layout(lang, {
    title: `${r.reference} — ${r.title}`,
    path: `recommendations/${r.id}`,
    current: 'recommendations',
    body: html`<article>
      <h1>${r.title}</h1>
      ${r.publicationAuthorisedOn ? html`<p class="note">${t.sptAuthorised(formatCalendarDate(r.publicationAuthorisedOn, lang, 'long'))}</p>` : ''}
      <dl class="facts">
        <dt>${t.reference}</dt>
        <dd>${r.reference}</dd>
        <dt>${t.issuedBy}</dt>
        <dd>${r.issuedBy}</dd>
        <dt>${t.source}</dt>
        <dd>${enumLabel(lang, 'source', r.source)}</dd>
        <dt>${t.addressee}</dt>
        <dd>${r.addressee}</dd>
        <dt>${t.country}</dt>
        <dd>${r.countryCode ? countryName(r.countryCode, lang) : ''}</dd>
        <dt>${t.theme}</dt>
        <dd>${r.theme}</dd>
        <dt>${t.level}</dt>
        <dd>${enumLabel(lang, 'level', r.level)}</dd>
        <dt>${t.priority}</dt>
        <dd>${enumLabel(lang, 'priority', r.priority)}</dd>
        <dt>${t.issuedOn}</dt>
        <dd>${date(lang, r.issuedOn)}</dd>
        ${
          r.targetDate
            ? html`<dt>${t.targetDate}</dt>
                <dd>${date(lang, r.targetDate)}</dd>`
            : ''
        }
        <dt>${t.acceptance}</dt>
        <dd>${enumLabel(lang, 'acceptance', r.acceptance)}</dd>
        <dt>${t.stateStatus}</dt>
        <dd>${statusBadge(lang, r.stateStatus)}</dd>
        <dt>${t.monitorStatus}</dt>
        <dd>${statusBadge(lang, r.monitorStatus)}</dd>
      </dl>
      <h2>${t.recommendationText}</h2>
      <p>${r.text}</p>
      ${
        r.history.length
          ? html`<h2>${t.history}</h2>
              <div class="scroll" role="region" aria-label="${t.history}" tabindex="0">
                <table>
                  <thead>
                    <tr>
                      <th scope="col">${t.date}</th>
                      <th scope="col">${t.kind}</th>
                      <th scope="col">${t.value}</th>
                      <th scope="col">${t.note}</th>
                    </tr>
                  </thead>
                  <tbody>
                    ${r.history.map(
                      (h) =>
                        html`<tr>
                          <td>${date(lang, h.effectiveOn, 'medium')}</td>
                          <td>${t.historyKind[h.kind]}</td>
                          <td>
                            ${h.kind === 'ACCEPTANCE' ? enumLabel(lang, 'acceptance', h.value) : enumLabel(lang, 'status', h.value)}
                          </td>
                          <td>${h.note}</td>
                        </tr>`,
                    )}
                  </tbody>
                </table>
              </div>`
          : ''
      }
      ${
        r.responses.length
          ? html`<h2>${t.responses}</h2>
              <ul class="cards">
                ${r.responses.map(
                  (x) =>
                    html`<li class="card">
                      <p>${date(lang, x.respondedOn)} — ${enumLabel(lang, 'acceptance', x.acceptance)}</p>
                      <p>${x.text}</p>
                      ${x.proposedTimeline ? html`<p>${labelColon(t.proposedTimeline, lang)}${x.proposedTimeline}</p>` : ''}
                    </li>`,
                )}
              </ul>`
          : ''
      }
    </article>`,
  });
}

export function practicesPage(
  lang: PortalLanguage,
  list: { nodes: PublicPractice[]; totalCount: number },
  page: number,
) {
  const t = PORTAL_LABELS[lang];
  return layout(lang, {
    title: t.practices,
    path: 'practices',
    current: 'practices',
    body: html`<h1>${t.practices}</h1>
      <p>${t.homePractices} ${t.countPublished(list.totalCount)}</p>
      ${list.nodes.length === 0 ? html`<p>${t.noneYet}</p>` : ''}
      <ul class="cards">
        ${list.nodes.map(
          (p) =>
            html`<li class="card">
              <h2><a href="${portalPath(lang, `practices/${p.id}`)}">${p.title}</a></h2>
              <dl class="facts">
                <dt>${t.publishedBy}</dt>
                <dd>${p.publishedBy}</dd>
                <dt>${t.area}</dt>
                <dd>${enumLabel(lang, 'area', p.monitoringArea)}</dd>
                <dt>${t.country}</dt>
                <dd>${p.countryCode ? countryName(p.countryCode, lang) : ''}</dd>
              </dl>
            </li>`,
        )}
      </ul>
      ${pager(lang, 'practices', page, list.totalCount)}`,
  });
}

export function practicePage(lang: PortalLanguage, p: PublicPractice) {
  const t = PORTAL_LABELS[lang];
  const list = (items: string[], group: 'risk' | 'vulnerability') =>
    html`<ul>
      ${items.map((i) => html`<li>${enumLabel(lang, group, i)}</li>`)}
    </ul>`;
  return layout(lang, {
    title: p.title,
    path: `practices/${p.id}`,
    current: 'practices',
    body: html`<article>
      <h1>${p.title}</h1>
      <dl class="facts">
        <dt>${t.publishedBy}</dt>
        <dd>${p.publishedBy}</dd>
        <dt>${t.country}</dt>
        <dd>${p.countryCode ? countryName(p.countryCode, lang) : ''}</dd>
        <dt>${t.area}</dt>
        <dd>${enumLabel(lang, 'area', p.monitoringArea)}</dd>
        <dt>${t.observedOn}</dt>
        <dd>${date(lang, p.observedOn)}</dd>
      </dl>
      <h2>${t.description}</h2>
      <p>${p.description}</p>
      ${
        p.riskFactors.length
          ? html`<h2>${t.riskFactors}</h2>
              ${list(p.riskFactors, 'risk')}`
          : ''
      }
      ${
        p.vulnerabilities.length
          ? html`<h2>${t.vulnerabilities}</h2>
              ${list(p.vulnerabilities, 'vulnerability')}`
          : ''
      }
    </article>`,
  });
}

export function statesPage(lang: PortalLanguage, rows: OpcatStateRow[]) {
  const t = PORTAL_LABELS[lang];
  return layout(lang, {
    title: t.states,
    path: 'states',
    current: 'states',
    body: html`<h1>${t.states}</h1>
      <p>${t.statesIntro} ${t.statesCount(rows.length)}</p>
      <p>
        <a href="/public/data/opcat-states-sources.md">${t.sourcesAndMethod}</a> ·
        <a href="/public/data/opcat-states.csv">CSV</a> · <a href="/public/data/opcat-states.json">JSON</a>
      </p>
      <div class="scroll" role="region" aria-label="${t.statesTableCaption}" tabindex="0">
        <table>
          <caption>
            ${t.statesTableCaption}
          </caption>
          <thead>
            <tr>
              <th scope="col">${t.country}</th>
              <th scope="col">${t.region}</th>
              <th scope="col">${t.signature}</th>
              <th scope="col">${t.ratification}</th>
              <th scope="col">${t.npmDesignated}</th>
              <th scope="col">${t.npmBody}</th>
              <th scope="col">${t.npmModel}</th>
              <th scope="col">${t.confidence}</th>
              <th scope="col">${t.sourceLink}</th>
            </tr>
          </thead>
          <tbody>
            ${rows.map(
              (r) =>
                html`<tr>
                  <th scope="row">
                    ${lang === 'es' ? r.country_es : lang === 'en' ? r.country_en : countryName(r.iso2, lang)}
                    (${r.iso2})
                  </th>
                  <td>${r.region}</td>
                  <td>${date(lang, r.signature_date, 'medium')}</td>
                  <td>${date(lang, r.ratification_or_accession_date, 'medium')}</td>
                  <td>${t.designated[r.npm_designated]}</td>
                  <td>${r.npm_body_name || '—'}</td>
                  <td>${t.npmModels[r.npm_model]}</td>
                  <td>${t.confidenceLevel[r.confidence]}</td>
                  <td><a href="${r.source_url}" hreflang="en">${new URL(r.source_url).hostname}</a></td>
                </tr>`,
            )}
          </tbody>
        </table>
      </div>`,
  });
}

export const DATASETS = ['recommendations', 'practices', 'opcat-states'] as const;
export type Dataset = (typeof DATASETS)[number];

export function dataPage(lang: PortalLanguage) {
  const t = PORTAL_LABELS[lang];
  const names: Record<Dataset, string> = {
    recommendations: t.recommendations,
    practices: t.practices,
    'opcat-states': t.states,
  };
  return layout(lang, {
    title: t.openData,
    path: 'data',
    current: 'data',
    body: html`<h1>${t.openData}</h1>
      <p>${t.openDataIntro}</p>
      <div class="scroll" role="region" aria-label="${t.openData}" tabindex="0">
        <table>
          <thead>
            <tr>
              <th scope="col">${t.dataset}</th>
              <th scope="col">${t.formats}</th>
            </tr>
          </thead>
          <tbody>
            ${DATASETS.map(
              (d) =>
                html`<tr>
                  <th scope="row">${names[d]}</th>
                  <td>
                    <a href="/public/data/${d}.csv" download>CSV<span class="visually-hidden"> — ${names[d]}</span></a>
                    ·
                    <a href="/public/data/${d}.json" download
                      >JSON<span class="visually-hidden"> — ${names[d]}</span></a
                    >
                    ${d === 'opcat-states' ? html` · <a href="/public/data/opcat-states-sources.md">${t.sourcesAndMethod}</a>` : ''}
                  </td>
                </tr>`,
            )}
          </tbody>
        </table>
      </div>`,
  });
}

export function notFoundPage(lang: PortalLanguage) {
  const t = PORTAL_LABELS[lang];
  return layout(lang, {
    title: t.notFoundTitle,
    path: '',
    body: html`<h1>${t.notFoundTitle}</h1>
      <p>${t.notFoundText}</p>
      <p><a href="${portalPath(lang)}">${t.backToHome}</a></p>`,
  });
}
