import PDFDocument from 'pdfkit';

import type { ExportSummary, SummaryGroup } from './export-summary';

export const PDF_TITLE = 'Completed tasks report';

/** Where the chart lies on the first page (PDF points from the top left, A4 = 595 × 842). */
export const CHART_BOX = { x: 60, y: 130, width: 485, height: 190 } as const;

const INK = '#1a1a1a';
const BAR = '#1f4e79';
const GRID = '#c8c8c8';
const hours = (value: number | null) => (value === null ? '–' : `${value.toFixed(1)} h`);

/**
 * The PDF export: title, range, a chart of completions per day (vector bars, axes, labels) and a
 * summary (totals, cycle-time p50/p90, top 10 projects and assignees). Its size is bounded by the
 * range (≤ 366 bars) and the top-10 lists, so it is built in memory and stored with its length.
 */
export function renderPdf(summary: ExportSummary): Promise<Buffer> {
  const doc = new PDFDocument({
    size: 'A4',
    margin: 50,
    info: { Title: `${PDF_TITLE} ${summary.from} – ${summary.to}`, Creator: 'tenfold' },
  });
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });

  doc.fillColor(INK).font('Helvetica-Bold').fontSize(20).text(PDF_TITLE, 50, 50);
  doc
    .font('Helvetica')
    .fontSize(11)
    .text(`${summary.from} to ${summary.to} (UTC days, both included)`, 50, 78)
    .fontSize(8)
    .fillColor('#555555')
    .text(`Generated ${summary.generatedAt}`, 50, 94);
  doc.fillColor(INK).font('Helvetica-Bold').fontSize(10).text('Completed tasks per day', 50, 112);
  drawChart(doc, summary.daily);

  let y = CHART_BOX.y + CHART_BOX.height + 36;
  doc.font('Helvetica-Bold').fontSize(12).text('Summary', 50, y);
  y += 18;
  doc.font('Helvetica').fontSize(10);
  doc.text(`Completed tasks: ${summary.completed}`, 50, y);
  doc.text(`Cycle time p50: ${hours(summary.p50)}   p90: ${hours(summary.p90)}`, 250, y);
  y = drawTable(doc, 'Top projects', 'project', summary.projects, y + 24);
  drawTable(doc, 'Top assignees', 'assignee', summary.assignees, y + 14);

  doc.end();
  return done;
}

function drawChart(doc: PDFKit.PDFDocument, daily: ExportSummary['daily']): void {
  const { x, y, width, height } = CHART_BOX;
  const max = Math.max(1, ...daily.map((day) => day.completed));
  const top = niceCeiling(max);
  const bottom = y + height;

  // Horizontal grid lines with their values on the y axis.
  doc.font('Helvetica').fontSize(7);
  for (const fraction of [0, 0.25, 0.5, 0.75, 1]) {
    const lineY = bottom - fraction * height;
    doc
      .moveTo(x, lineY)
      .lineTo(x + width, lineY)
      .lineWidth(0.5)
      .strokeColor(GRID)
      .stroke();
    const label = String(Math.round(top * fraction * 100) / 100);
    doc.fillColor(INK).text(label, x - 34, lineY - 3, { width: 30, align: 'right' });
  }

  const slot = width / Math.max(1, daily.length);
  const barWidth = Math.max(0.5, slot * 0.8);
  const bars = daily.filter((day) => day.completed > 0);
  daily.forEach((day, i) => {
    if (day.completed === 0) return;
    const barHeight = (day.completed / top) * height;
    doc.rect(x + i * slot + (slot - barWidth) / 2, bottom - barHeight, barWidth, barHeight);
  });
  if (bars.length > 0) doc.fillColor(BAR).fill();

  // Axes on top of the bars.
  doc
    .moveTo(x, y)
    .lineTo(x, bottom)
    .lineTo(x + width, bottom)
    .lineWidth(1)
    .strokeColor(INK)
    .stroke();

  // Day labels: at most about eight, evenly spread, first and last included.
  const every = Math.max(1, Math.ceil(daily.length / 8));
  doc.fillColor(INK).fontSize(7);
  daily.forEach((day, i) => {
    if (i % every !== 0 && i !== daily.length - 1) return;
    const centre = x + i * slot + slot / 2;
    doc
      .moveTo(centre, bottom)
      .lineTo(centre, bottom + 3)
      .lineWidth(0.5)
      .strokeColor(INK)
      .stroke();
    doc.text(day.day.slice(5), centre - 20, bottom + 5, { width: 40, align: 'center' });
  });
}

function drawTable(
  doc: PDFKit.PDFDocument,
  title: string,
  kind: 'project' | 'assignee',
  groups: SummaryGroup[],
  top: number,
): number {
  const columns = [50, 320, 400, 470];
  let y = top;
  doc.font('Helvetica-Bold').fontSize(11).fillColor(INK).text(title, 50, y);
  y += 16;
  doc.fontSize(8);
  ['id', 'completed', 'p50', 'p90'].forEach((header, i) => doc.text(header, columns[i], y));
  y += 11;
  doc.moveTo(50, y).lineTo(545, y).lineWidth(0.5).strokeColor(GRID).stroke();
  y += 3;
  doc.font('Helvetica').fontSize(8);
  if (groups.length === 0) {
    doc.text('none', columns[0], y);
    return y + 11;
  }
  for (const group of groups) {
    const id = group.id ?? (kind === 'assignee' ? '(unassigned)' : '–');
    [id, String(group.completed), hours(group.p50), hours(group.p90)].forEach((cell, i) =>
      doc.text(cell, columns[i], y, { lineBreak: false }),
    );
    y += 11;
  }
  return y;
}

/** 1, 2, 5 × 10^n at or above `value`: round numbers on the y axis. */
function niceCeiling(value: number): number {
  const power = 10 ** Math.floor(Math.log10(value));
  const step = [1, 2, 5, 10].find((factor) => factor * power >= value) ?? 10;
  return step * power;
}
