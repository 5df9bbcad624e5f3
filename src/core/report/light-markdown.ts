import type { ReportBlock } from './model';

/**
 * Conclusions, agreements and syntheses are "light Markdown": paragraphs separated by blank lines
 * and `-`/`*`/`+` or `1.` lists. Only that structure is kept; inline text stays literal so every
 * writer prints exactly what the rapporteur typed.
 */
export function lightMarkdownBlocks(text: string): ReportBlock[] {
  const blocks: ReportBlock[] = [];
  let paragraph: string[] = [];
  let bullets: string[] = [];
  const flushParagraph = () => {
    if (paragraph.length > 0) blocks.push({ type: 'paragraph', text: paragraph.join('\n') });
    paragraph = [];
  };
  const flushBullets = () => {
    if (bullets.length > 0) blocks.push({ type: 'bullets', items: bullets });
    bullets = [];
  };
  for (const raw of text.split('\n')) {
    const line = raw.trim();
    const item = /^(?:[-*+]|\d{1,3}[.)])\s+(.*)$/.exec(line);
    if (line === '') {
      flushParagraph();
      flushBullets();
    } else if (item) {
      flushParagraph();
      bullets.push(item[1]!.trim());
    } else if (bullets.length > 0 && paragraph.length === 0 && /^\s{2,}/.test(raw)) {
      bullets[bullets.length - 1] += ` ${line}`;
    } else {
      flushBullets();
      paragraph.push(line);
    }
  }
  flushParagraph();
  flushBullets();
  return blocks;
}
