/**
 * The visit report PDF's baseline for bench:exports: the same visit's findings and recommendations
 * read by two unscoped SQL queries and written with plain pdfkit and the same embedded fonts — no
 * authorization, no versions, no audit, no co-edited texts.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Writable } from 'node:stream';
import { finished } from 'node:stream/promises';
import type { EntityManager } from '@mikro-orm/postgresql';
import PDFDocument from 'pdfkit';

const require = createRequire(import.meta.url);
const font = (path: string) => require.resolve(`@expo-google-fonts/noto-sans/${path}`);

interface FindingRow {
  title: string;
  place: string;
  monitoring_area: string;
  severity: string;
  risk_factors: string[];
  vulnerabilities: string[];
  description: string;
}

interface RecommendationRow {
  reference: string;
  title: string;
  text: string;
  addressee: string;
  priority: string;
  level: string;
  response_due_on: string | null;
}

/** Writes the report's text to `out`; returns the findings and recommendations written. */
export async function plainReportPdf(em: EntityManager, visitId: string, out: Writable): Promise<number> {
  const connection = em.getConnection();
  const findings = await connection.execute<FindingRow[]>(
    `select f.title, p.name as place, f.monitoring_area, f.severity, f.risk_factors, f.vulnerabilities, f.description
       from finding f join place p on p.id = f.place_id where f.visit_id = ? order by f.created_at, f.id`,
    [visitId],
  );
  const recommendations = await connection.execute<RecommendationRow[]>(
    `select distinct r.reference, r.title, r.text, a.name as addressee, r.priority, r.level,
            r.response_due_on::text as response_due_on
       from recommendation r
       join recommendation_finding rf on rf.recommendation_id = r.id
       join finding f on f.id = rf.finding_id
       join organisation a on a.id = r.addressee_id
      where f.visit_id = ? order by r.reference`,
    [visitId],
  );
  const doc = new PDFDocument({ size: 'A4', margins: { top: 64, bottom: 56, left: 60, right: 60 } });
  doc.registerFont('regular', font('400Regular/NotoSans_400Regular.ttf'));
  doc.registerFont('bold', font('700Bold/NotoSans_700Bold.ttf'));
  doc.registerFont('italic', font('400Regular_Italic/NotoSans_400Regular_Italic.ttf'));
  doc.pipe(out);
  // The same running mark on every page as the app's versions carry (same text work, same three fonts).
  const mark = () => {
    const { x, y } = doc;
    doc
      .font('italic')
      .fontSize(8)
      .text('Versión confidencial', 60, 32, { width: doc.page.width - 120, align: 'right' });
    doc.x = x;
    doc.y = y;
  };
  mark();
  doc.on('pageAdded', mark);
  const width = doc.page.width - 120;
  const field = (label: string, value: string) => {
    doc.font('bold').fontSize(10.5).text(`${label}: `, { continued: true, width });
    doc.font('regular').text(value || ' ');
  };
  doc.font('bold').fontSize(20).text('Informe de visita', { width });
  doc.moveDown(0.8);
  doc.font('bold').fontSize(16).text('Hallazgos', { width });
  for (const f of findings) {
    doc.moveDown(0.5);
    doc.font('bold').fontSize(11.5).text(f.title, { width });
    field('Lugar', f.place);
    field('Área', f.monitoring_area);
    field('Gravedad', f.severity);
    field('Factores de riesgo', f.risk_factors.join('; '));
    field('Vulnerabilidad', f.vulnerabilities.join('; '));
    doc.font('regular').fontSize(10.5).text(f.description, { width });
    doc.moveDown(0.4);
  }
  doc.moveDown(0.8);
  doc.font('bold').fontSize(16).text('Recomendaciones', { width });
  for (const r of recommendations) {
    doc.moveDown(0.5);
    doc.font('bold').fontSize(11.5).text(`${r.reference} — ${r.title}`, { width });
    field('Destinataria', r.addressee);
    field('Prioridad', `${r.priority} · Nivel: ${r.level}`);
    field('Respuesta debida', r.response_due_on ?? '');
    doc.font('regular').fontSize(10.5).text(r.text, { width });
  }
  doc.end();
  await finished(out);
  return findings.length + recommendations.length;
}

/** Pages of a PDF written by pdfkit (its page objects). */
export function pdfPages(path: string): number {
  return (readFileSync(path, 'latin1').match(/\/Type \/Page\b/g) ?? []).length;
}
