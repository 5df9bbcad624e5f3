import { strFromU8, strToU8, unzipSync } from 'fflate';

/**
 * An organisation's Word document used as the report's style template, as pandoc uses a reference
 * document: its paragraph and character styles (fonts, colours, headings…), its document defaults,
 * theme (the fonts and colours styles refer to), page size and margins, and its header (with its
 * logo) replace the report's own. The report keeps what its structure depends on: the bullet
 * list's numbering, the document language, and its own footer with the page numbers.
 */
export class TemplateError extends Error {}

type Files = Record<string, Uint8Array<ArrayBuffer>>;

const REL_NS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
/** Styles of ours a template never replaces: the bullets' numbering lives in our numbering part. */
const KEPT_STYLES: ReadonlySet<string> = new Set(['ListBullet']);
const HEADER_PART = 'word/relator-template-header.xml';
const HEADER_REL_ID = 'rRelatorTemplateHeader';

/** The template's parts; throws TemplateError when it is not a Word document. */
function readTemplate(bytes: Uint8Array): Files {
  let files: Files;
  try {
    files = unzipSync(bytes) as Files;
  } catch {
    throw new TemplateError('not a zip package');
  }
  if (!files['word/document.xml'] || !files['word/styles.xml'])
    throw new TemplateError('not a Word document (no word/document.xml or word/styles.xml)');
  return files;
}

const text = (files: Files, path: string): string | undefined => (files[path] ? strFromU8(files[path]!) : undefined);

/** Applies the template to the report's package (its parts, as docx-package.ts holds them before zipping). */
export function applyTemplate(files: Files, templateBytes: Uint8Array): void {
  const template = readTemplate(templateBytes);
  files['word/styles.xml'] = strToU8(mergeStyles(strFromU8(files['word/styles.xml']!), text(template, 'word/styles.xml')!));
  const rels = relationships(text(template, 'word/_rels/document.xml.rels') ?? '');
  const theme = rels.find((r) => r.type.endsWith('/theme'));
  const themeXml = theme && template[partPath('word', theme.target)];
  if (themeXml && files['word/theme/theme1.xml']) files['word/theme/theme1.xml'] = themeXml;

  const templateDocument = text(template, 'word/document.xml')!;
  const sectPr = lastSectPr(templateDocument);
  let document = strFromU8(files['word/document.xml']!);
  if (sectPr) {
    for (const element of ['pgSz', 'pgMar']) {
      const theirs = new RegExp(`<w:${element}\\b[^>]*/>`).exec(sectPr)?.[0];
      if (theirs) document = replaceInLastSectPr(document, new RegExp(`<w:${element}\\b[^>]*/>`), theirs);
    }
    const headerId = /<w:headerReference\b[^>]*w:type="default"[^>]*\/>/.exec(sectPr)?.[0]?.match(/r:id="([^"]+)"/)?.[1];
    const header = headerId ? rels.find((r) => r.id === headerId) : undefined;
    if (header && copyHeader(files, template, partPath('word', header.target))) {
      document = replaceInLastSectPr(
        document,
        /<w:sectPr\b[^>]*>/,
        (open) => `${open}<w:headerReference w:type="default" r:id="${HEADER_REL_ID}"/>`,
      );
    }
  }
  files['word/document.xml'] = strToU8(document);
}

/** Our styles with the template's in their place (and the template's others added), keeping our language. */
function mergeStyles(ours: string, theirs: string): string {
  const styleRe = /<w:style\b[^>]*?(?:\/>|>[\s\S]*?<\/w:style>)/g;
  const idOf = (style: string) => /w:styleId="([^"]*)"/.exec(style)?.[1] ?? '';
  const theirStyles = new Map((theirs.match(styleRe) ?? []).map((s) => [idOf(s), s] as const));
  const used = new Set<string>();
  let merged = ours.replace(styleRe, (style) => {
    const id = idOf(style);
    const replacement = theirStyles.get(id);
    if (replacement === undefined || KEPT_STYLES.has(id)) return style;
    used.add(id);
    // Our name, as Word spells its built-in styles ("heading 1"), so every reader still knows the style.
    const ourName = /<w:name\b[^>]*\/>/.exec(style)?.[0];
    return ourName ? replacement.replace(/<w:name\b[^>]*\/>/, ourName) : replacement;
  });
  const ourIds = new Set((ours.match(styleRe) ?? []).map(idOf));
  const added = [...theirStyles].filter(([id]) => !ourIds.has(id));
  merged = merged.replace('</w:styles>', `${added.map(([, s]) => s).join('')}</w:styles>`);
  const theirDefaults = /<w:docDefaults>[\s\S]*?<\/w:docDefaults>/.exec(theirs)?.[0];
  const ourLang = /<w:lang\b[^>]*\/>/.exec(ours)?.[0];
  if (theirDefaults) {
    let defaults = theirDefaults.replace(/<w:lang\b[^>]*\/>/g, '');
    if (ourLang) {
      defaults = /<w:rPrDefault>\s*<w:rPr>/.test(defaults)
        ? defaults.replace(/(<w:rPrDefault>\s*<w:rPr>[\s\S]*?)(<\/w:rPr>)/, `$1${ourLang}$2`)
        : defaults.replace('<w:docDefaults>', `<w:docDefaults><w:rPrDefault><w:rPr>${ourLang}</w:rPr></w:rPrDefault>`);
    }
    merged = merged.replace(/<w:docDefaults>[\s\S]*?<\/w:docDefaults>/, defaults);
  }
  return merged;
}

function escapeRe(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

interface Relationship {
  id: string;
  type: string;
  target: string;
  external: boolean;
}

function relationships(xml: string): Relationship[] {
  return [...xml.matchAll(/<Relationship\b[^>]*\/?>/g)].map((m) => {
    const attr = (name: string) => new RegExp(`\\b${name}="([^"]*)"`).exec(m[0])?.[1] ?? '';
    return { id: attr('Id'), type: attr('Type'), target: attr('Target'), external: attr('TargetMode') === 'External' };
  });
}

/** A relationship target resolved against its part's folder (`word`), e.g. `media/image1.png` → `word/media/image1.png`. */
function partPath(folder: string, target: string): string {
  if (target.startsWith('/')) return target.slice(1);
  const parts = `${folder}/${target}`.split('/');
  const out: string[] = [];
  for (const p of parts) {
    if (p === '..') out.pop();
    else if (p !== '.' && p !== '') out.push(p);
  }
  return out.join('/');
}

function lastSectPr(document: string): string | undefined {
  const at = document.lastIndexOf('<w:sectPr');
  if (at < 0) return undefined;
  const end = document.indexOf('</w:sectPr>', at);
  return end < 0 ? undefined : document.slice(at, end + '</w:sectPr>'.length);
}

/** Replaces `pattern` (first match) inside the body's last sectPr; the document is unchanged if it is absent. */
function replaceInLastSectPr(document: string, pattern: RegExp, replacement: string | ((match: string) => string)): string {
  const at = document.lastIndexOf('<w:sectPr');
  if (at < 0) return document;
  const sect = document.slice(at);
  return document.slice(0, at) + sect.replace(pattern, replacement as (m: string) => string);
}

/** Copies the template's header part, its relationships and the images it shows; false when it has none. */
function copyHeader(files: Files, template: Files, headerPath: string): boolean {
  const header = template[headerPath];
  if (!header) return false;
  const name = headerPath.split('/').pop()!;
  const relsXml = text(template, `word/_rels/${name}.rels`);
  let newRels = '';
  if (relsXml) {
    const copied = relationships(relsXml).map((r) => {
      if (r.external) return r;
      const source = partPath('word', r.target);
      const data = template[source];
      if (!data) return null;
      const target = `media/relator-template-${source.split('/').pop()}`;
      files[`word/${target}`] = data;
      return { ...r, target };
    });
    if (copied.some((r) => r === null)) return false;
    newRels =
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
      copied
        .map((r) => `<Relationship Id="${r!.id}" Type="${r!.type}" Target="${r!.target}"${r!.external ? ' TargetMode="External"' : ''}/>`)
        .join('') +
      '</Relationships>';
  }
  files[HEADER_PART] = header;
  if (newRels) files[`word/_rels/${HEADER_PART.split('/').pop()}.rels`] = strToU8(newRels);
  files['word/_rels/document.xml.rels'] = strToU8(
    strFromU8(files['word/_rels/document.xml.rels']!).replace(
      '</Relationships>',
      `<Relationship Id="${HEADER_REL_ID}" Type="${REL_NS}/header" Target="${HEADER_PART.slice('word/'.length)}"/></Relationships>`,
    ),
  );
  let types = strFromU8(files['[Content_Types].xml']!);
  types = types.replace(
    '</Types>',
    `<Override PartName="/${HEADER_PART}" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.header+xml"/></Types>`,
  );
  for (const path of Object.keys(files).filter((p) => p.startsWith('word/media/relator-template-'))) {
    const ext = path.split('.').pop()!.toLowerCase();
    if (!new RegExp(`Extension="${escapeRe(ext)}"`, 'i').test(types)) {
      const mime = { png: 'image/png', jpg: 'image/jpeg', jpeg: 'image/jpeg', gif: 'image/gif', emf: 'image/x-emf', wmf: 'image/x-wmf' }[
        ext
      ];
      if (mime) types = types.replace('<Default ', `<Default Extension="${ext}" ContentType="${mime}"/><Default `);
    }
  }
  files['[Content_Types].xml'] = strToU8(types);
  return true;
}
