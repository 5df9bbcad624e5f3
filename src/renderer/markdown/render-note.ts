import MarkdownIt from 'markdown-it';

/**
 * Notes are light Markdown typed live: raw HTML is never rendered (`html: false`), bare URLs
 * become links, single line breaks are kept. Links carry target/rel so nothing ever navigates
 * inside the app; clicks are routed to the platform by `openLinksExternally`.
 */
const md = new MarkdownIt({ html: false, linkify: true, breaks: true, typographer: false });
// Notes are short; headings, tables and code blocks would only turn stray signs into layout.
md.disable(['heading', 'lheading', 'table', 'code', 'fence', 'hr', 'image']);

const defaultLinkOpen = md.renderer.rules.link_open ?? ((tokens, idx, options, _env, self) => self.renderToken(tokens, idx, options));
md.renderer.rules.link_open = (tokens, idx, options, env, self) => {
  const token = tokens[idx]!;
  token.attrSet('target', '_blank');
  token.attrSet('rel', 'noopener noreferrer');
  return defaultLinkOpen(tokens, idx, options, env, self);
};

const CACHE_LIMIT = 2000;
const cache = new Map<string, string>();

/** HTML for a note's text; memoised by text so scrolling a long timeline re-parses nothing. */
export function renderNoteHtml(text: string): string {
  const hit = cache.get(text);
  if (hit !== undefined) return hit;
  const html = md.render(text);
  if (cache.size >= CACHE_LIMIT) cache.delete(cache.keys().next().value!);
  cache.set(text, html);
  return html;
}
