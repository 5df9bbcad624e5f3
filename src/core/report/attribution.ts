import { fold } from '../text/fold';
import type { Participant } from '../model/types';
import { oneLine } from './clean-text';
import type { ReportLabels } from './labels';

import type { AttributionPolicy } from './options';

/** How the report refers to a person under the policy; null when it must not refer to them. */
export function attributedAs(person: Participant | undefined, policy: AttributionPolicy, labels: ReportLabels): string | null {
  if (!person || policy === 'none') return null;
  if (policy === 'name') return oneLine(person.name) || null;
  return [oneLine(person.position) || labels.roles[person.role], oneLine(person.affiliation)].filter(Boolean).join(', ');
}

/**
 * For short typed fields that may hold a participant's name (a commitment's "who"): each name
 * found is replaced by how the policy refers to that person (nothing under 'none'). Accents and
 * case do not hide a name. Free prose (notes, syntheses) is the rapporteur's own text and is
 * not rewritten.
 */
export function withoutNames(text: string, people: readonly Participant[], policy: AttributionPolicy, labels: ReportLabels): string {
  if (policy === 'name' || text === '') return text;
  let out = text;
  for (const person of people) {
    const name = fold(oneLine(person.name));
    if (name.length < 2) continue;
    const instead = attributedAs(person, policy, labels) ?? '';
    for (let at = fold(out).indexOf(name); at >= 0; at = fold(out).indexOf(name)) {
      // fold keeps lengths for NFC text; should it not, the whole field goes rather than leak the name.
      if (fold(out).length !== out.length) return instead;
      out = `${out.slice(0, at)}${instead}${out.slice(at + name.length)}`;
      if (instead !== '' && fold(instead).includes(name)) break;
    }
  }
  return out.replace(/\s+/g, ' ').replace(/^[\s,;]+|[\s,;]+$/g, '');
}
