import MarkdownIt from 'markdown-it';

/**
 * Our report Markdown as HTML for the preview. Raw HTML is never passed through (`html: false`),
 * images are off, and links become plain marked-up text: a click in the preview must not
 * navigate the app's window away from the user's work.
 */
const md = new MarkdownIt({ html: false, linkify: false, typographer: false }).disable('image');

md.renderer.rules.link_open = (tokens, index) => {
  const href = String(tokens[index]!.attrGet('href') ?? '');
  return `<span class="report-link" title="${md.utils.escapeHtml(href)}">`;
};
md.renderer.rules.link_close = () => '</span>';

// Column alignment comes as an inline style, which the app's CSP blocks: use a class instead.
for (const rule of ['th_open', 'td_open'] as const) {
  md.renderer.rules[rule] = (tokens, index, options, _env, self) => {
    const token = tokens[index]!;
    const style = token.attrGet('style');
    if (style) {
      token.attrs = (token.attrs ?? []).filter(([name]) => name !== 'style');
      const align = /text-align:(left|right|center)/.exec(String(style))?.[1];
      if (align) token.attrJoin('class', `align-${align}`);
    }
    return self.renderToken(tokens, index, options);
  };
}

/** The page around the preview has its own headings: report headings start at `h<1 + headingOffset>`. */
export function renderPreviewHtml(markdown: string, headingOffset = 0): string {
  return md.render(markdown, { headingOffset });
}

function shifted(tag: string, env: unknown): string {
  const offset = (env as { headingOffset?: number } | undefined)?.headingOffset ?? 0;
  return `h${Math.min(6, Number(tag.slice(1)) + offset)}`;
}
md.renderer.rules.heading_open = (tokens, index, _options, env) => `<${shifted(tokens[index]!.tag, env)}>`;
md.renderer.rules.heading_close = (tokens, index, _options, env) => `</${shifted(tokens[index]!.tag, env)}>\n`;
