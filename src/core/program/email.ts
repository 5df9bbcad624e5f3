import { lineStarts, type Edit } from './edits';
import { fold } from './normalize';

/**
 * An e-mail that carries a program: the quote markers of the earlier message (`> `), the
 * quoted-message headers ("El mar, … escribió:", "On …, … wrote:", "-----Original Message-----",
 * a "De:/Para:/Asunto:" block), signatures and legal disclaimers are not part of the program.
 */

const QUOTE_HEADER =
  /^(?:(?:el|on|em|le|am)\b.{4,300}(?:escribi[oó]|wrote|escreveu|a [ée]crit|schrieb)\s*:|-{2,}\s*(?:original message|mensaje original|mensagem original|forwarded message|mensaje reenviado|mensagem encaminhada|mensaje de reenvio)\s*-{2,})$/i;
const HEADER_FIELD = /^(?:de|from|enviado(?: el)?|enviada em|sent|para|to|cc|cco|bcc|asunto|assunto|subject|fecha|date|data)\s*:/i;
const HEADER_START = /^(?:de|from)\s*:/i;
const SALUTATION =
  /^(?:(?:muchos |muchas |un |mis |cordiales |atentos )?saludos(?: cordiales| afectuosos)?|un (?:abrazo|saludo)(?: cordial| fuerte)?|abrazos|atentamente|cordialmente|quedo atent[oa]|gracias|muchas gracias|(?:best|kind|warm|many)? ?regards|best( wishes)?|cheers|thanks|thank you|sincerely|yours(?: sincerely| truly)?|abracos|abraco|atenciosamente|att|obrigad[oa]|um abraco|grande abraco)[,.!]?$/;
const SIGNATURE_DELIMITER = /^-- ?$/;
const DISCLAIMER =
  /^(?:aviso (?:de confidencialidad|legal|de privacidad)|confidencialidad|confidentiality(?: notice)?|disclaimer|este (?:correo|mensaje|e-?mail)(?: electronico)?(?: y sus anexos| y cualquier archivo adjunto)? (?:es|son|contiene|puede|y sus)|this (?:e-?mail|message)(?: and any attachments?)? (?:is|are|may|contains|and)|esta mensagem|este e-?mail (?:e|pode|contem)|antes de imprimir|before printing|please consider the environment|enviado desde mi|sent from my|enviado do meu|get outlook|obtener outlook)/;

/** Cheap whole-text hints of an e-mail, before it is cut into lines. */
const QUOTED_LINE = /\n[ \t]*>/;
const HEADER_HINT = /escrib|wrote|escreveu|Message|message|Mensaje|mensaje|Mensagem|mensagem|^(?:De|From|DE|FROM|de|from)[ \t]*:/m;

const QUOTE_MARKS = /^[ \t]*>(?:[ \t]?>)*[ \t]?/;

/** Whether `text` reads as an e-mail (a quoted earlier message or a mail header): only then are e-mail parts removed. */
function looksLikeEmail(text: string, lines: string[]): boolean {
  if (!/escribi|wrote|escreveu|message|mensaje|mensagem|^(?:de|from)\s*:|^>/im.test(text)) return false;
  let quoted = 0;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!.trim();
    if (QUOTE_HEADER.test(line)) return true;
    if (HEADER_START.test(line) && HEADER_FIELD.test(lines[i + 1]?.trim() ?? '')) return true;
    if (line.startsWith('>') && ++quoted >= 3) return true;
  }
  return false;
}

export function emailEdits(text: string): Edit[] {
  // Cheap first look: most programs are no e-mail; only then split the text into lines.
  if (!text.startsWith('>') && !QUOTED_LINE.test(text) && !HEADER_HINT.test(text)) return [];
  const starts = lineStarts(text);
  const lineAt = (i: number): string => text.slice(starts[i]!, i + 1 < starts.length ? starts[i + 1]! - 1 : text.length);
  const lines = starts.map((_, i) => lineAt(i));
  if (!looksLikeEmail(text, lines)) return [];
  const edits: Edit[] = [];
  const dropLine = (i: number): void => {
    const s = starts[i]!;
    const e = i + 1 < starts.length ? starts[i + 1]! : text.length;
    edits.push({ start: s, end: e, text: '' });
  };
  /** The line without its quote marks, and where the marks end. */
  const bodies = lines.map((line) => {
    const m = QUOTE_MARKS.exec(line);
    return { cut: m ? m[0].length : 0, text: (m ? line.slice(m[0].length) : line).trim() };
  });
  const dropped = new Set<number>();
  const drop = (i: number): void => {
    if (!dropped.has(i)) dropped.add(i);
  };
  for (let i = 0; i < lines.length; i++) {
    const body = bodies[i]!.text;
    if (QUOTE_HEADER.test(body)) {
      drop(i);
      continue;
    }
    if (HEADER_START.test(body) && HEADER_FIELD.test(bodies[i + 1]?.text ?? '')) {
      // "De: …", "Enviado el: …", "Para: …", "Asunto: …": the whole header block.
      let j = i;
      while (j < lines.length && HEADER_FIELD.test(bodies[j]!.text)) drop(j++);
      i = j - 1;
      continue;
    }
    const folded = fold(body);
    if (SIGNATURE_DELIMITER.test(body) || (body.length <= 40 && SALUTATION.test(folded))) {
      // A signature: the closing line and the short lines under it, up to a blank line or another quote level.
      const depth = bodies[i]!.cut > 0;
      let j = i;
      while (
        j < lines.length &&
        bodies[j]!.text !== '' &&
        j - i < 12 &&
        bodies[j]!.cut > 0 === depth &&
        !QUOTE_HEADER.test(bodies[j]!.text)
      ) {
        drop(j++);
      }
      i = j - 1;
      continue;
    }
    if (DISCLAIMER.test(folded)) {
      let j = i;
      while (j < lines.length && bodies[j]!.text !== '') drop(j++);
      i = j - 1;
    }
  }
  for (let i = 0; i < lines.length; i++) {
    if (dropped.has(i)) dropLine(i);
    else if (bodies[i]!.cut > 0) edits.push({ start: starts[i]!, end: starts[i]! + bodies[i]!.cut, text: '' });
  }
  return edits;
}
