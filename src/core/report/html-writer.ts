import { escapeHtml, inlineHtml } from '../text/inline-html';
import { attribution, noteLabel, quoteSignature, type ReportBlock, type ReportModel, type ReportNote, type ReportTable } from './model';
import { MEASURING_CSS, reportPrintCss } from './html-style';
import { bytesToBase64 } from '../photos/base64';

/**
 * The report as one HTML document with a print stylesheet: the source of the PDF (printed by
 * Chromium: the desktop app's main process, the CLI's headless browser) and of the web print view.
 * Cover on its own page, contents, then the sections in the model's order; user text goes through
 * the shared inline formatting (bold, italic, links, breaks) and is otherwise escaped. Page size,
 * margins and the running footer are the stylesheet's (html-style.ts).
 */
export interface HtmlRenderOptions {
  /**
   * The page each top-level section starts on, by section id, as measured from a first printing
   * (see pdf-print.ts). Without it the contents list their entries with room for the numbers but
   * no numbers, so a first printing lays out the pages exactly as the second.
   */
  pages?: ReadonlyMap<string, number>;
  /**
   * False leaves the stylesheet out of the document, for a host that applies reportPrintCss()
   * itself (the browser's print view, whose page forbids inline styles). Default true.
   */
  inlineStyle?: boolean;
  /**
   * Adds the measuring stylesheet (html-style.ts's MEASURING_CSS) as the element MEASURING_STYLE_ID,
   * for the printing only read for page numbers (pdf-print.ts). Default false.
   */
  measuring?: boolean;
}

/** The id of the measuring stylesheet's element, so a loaded page can drop it before the user's printing. */
export const MEASURING_STYLE_ID = 'pdf-measuring';

/** The anchor of a section's heading: the contents link to it, and the PDF names its page after it. */
export function sectionAnchor(sectionId: string): string {
  return `s-${sectionId}`;
}

/** The id of the element holding a section's page number in the contents (filled in place by pdf-print.ts). */
export function contentsPageId(sectionId: string): string {
  return `p-${sectionId}`;
}

export function renderReportHtml(model: ReportModel, options: HtmlRenderOptions = {}): string {
  const { labels, title } = model;
  const out: string[] = [
    `<!doctype html><html lang="${escapeHtml(model.meta.locale)}"><head><meta charset="utf-8">`,
    // Static text: nothing runs, nothing is fetched; links only leave the document.
    `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">`,
    `<title>${escapeHtml(title.title || labels.report)}</title>${options.inlineStyle === false ? '' : `<style>${reportPrintCss(model)}</style>`}` +
      `${options.measuring === true ? `<style id="${MEASURING_STYLE_ID}">${MEASURING_CSS}</style>` : ''}</head><body>`,
  ];
  out.push('<section class="cover">');
  if (title.logos.length > 0) {
    const logos = title.logos.map(
      (l) =>
        `<img src="data:${l.mediaType};base64,${bytesToBase64(l.data)}" width="${l.width}" height="${l.height}" alt="${escapeHtml(l.caption || l.label)}">`,
    );
    out.push(`<div class="cover-logos">${logos.join('')}</div>`);
  }
  out.push(`<p class="cover-kicker">${escapeHtml(title.scope || labels.report)}</p><h1>${escapeHtml(title.title || labels.report)}</h1>`);
  if (title.subtitle) out.push(`<p class="subtitle">${escapeHtml(title.subtitle)}</p>`);
  if (title.details.length > 0) {
    out.push('<dl class="details">');
    for (const d of title.details) out.push(`<div><dt>${escapeHtml(d.label)}:</dt> <dd>${escapeHtml(d.value)}</dd></div>`);
    out.push('</dl>');
  }
  out.push('</section>');

  const top = model.sections.filter((s) => s.level === 1);
  out.push(`<nav class="toc" aria-labelledby="toc-title"><h2 id="toc-title">${escapeHtml(labels.contents)}</h2><ol>`);
  for (const s of top) {
    const page = options.pages?.get(s.id);
    out.push(
      `<li><a href="#${sectionAnchor(s.id)}"><span class="toc-text">${escapeHtml(s.heading)}</span><span class="toc-dots"></span>` +
        `<span class="toc-page" id="${contentsPageId(s.id)}">${page === undefined ? '' : page}</span></a></li>`,
    );
  }
  out.push('</ol></nav><main>');

  for (const section of model.sections) {
    const tag = `h${section.level + 1}`;
    const id = section.level === 1 ? ` id="${sectionAnchor(section.id)}"` : '';
    out.push(`<${tag}${id}>${escapeHtml(section.heading)}</${tag}>`);
    for (const block of section.blocks) out.push(blockHtml(block));
  }
  out.push('</main></body></html>');
  return out.join('\n');
}

function who(n: ReportNote): string {
  const w = attribution(n);
  return w === '' ? '' : ` <span class="who">— ${escapeHtml(w)}</span>`;
}

function noteItem(n: ReportNote, showKind: boolean, showQuestion: boolean): string {
  const label = noteLabel(n, showKind, showQuestion);
  const star = n.starred ? '★ ' : '';
  const head = label === '' ? '' : `<strong>${escapeHtml(label)}:</strong> `;
  return `<li>${star}${head}${inlineHtml(n.text)}${who(n)}</li>`;
}

function tableHtml(table: ReportTable): string {
  const cls = (i: number) => (table.numeric[i] ? ' class="num"' : '');
  const head = table.columns.map((c, i) => `<th${cls(i)}>${escapeHtml(c)}</th>`).join('');
  const rows = table.rows.map((r) => `<tr>${r.map((c, i) => `<td${cls(i)}>${escapeHtml(c)}</td>`).join('')}</tr>`);
  return `<table><thead><tr>${head}</tr></thead><tbody>${rows.join('')}</tbody></table>`;
}

function blockHtml(block: ReportBlock): string {
  switch (block.type) {
    case 'paragraph':
      return `<p>${inlineHtml(block.text)}</p>`;
    case 'bullets':
      return `<ul>${block.items.map((i) => `<li>${inlineHtml(i)}</li>`).join('')}</ul>`;
    case 'notes':
      return `<ul class="notes">${block.items.map((n) => noteItem(n, block.showKind, block.showQuestion)).join('')}</ul>`;
    case 'quotes':
      return block.items
        .map((n) => {
          const w = quoteSignature(n);
          return `<blockquote><p>${inlineHtml(n.text)}</p>${w === '' ? '' : `<p class="who">— ${escapeHtml(w)}</p>`}</blockquote>`;
        })
        .join('');
    case 'table':
      return tableHtml(block.table);
    case 'photo': {
      const p = block.photo;
      const caption = `<strong>${escapeHtml(p.label)}.</strong>${p.caption === '' ? '' : ` ${escapeHtml(p.caption)}`}`;
      return (
        `<figure class="photo"><img src="data:${p.mediaType};base64,${bytesToBase64(p.data)}" width="${p.width}" height="${p.height}" ` +
        `alt="${escapeHtml(p.caption || p.label)}"><figcaption>${caption}</figcaption></figure>`
      );
    }
  }
}
