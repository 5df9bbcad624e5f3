import { useEffect, useRef, useState } from 'preact/hooks';
import { parseComposerInput, prefixAt } from '../../../core/capture/composer-syntax';
import { mentionAtCaret } from '../../../core/capture/note-list';
import type { Id, Note, NoteKind, Participant } from '../../../core/model/types';
import { fold } from '../../../core/text/fold';
import { describeError } from '../../app/errors';
import { describeOrigin } from '../../autosave/describe-draft';
import { DraftOffers } from '../../components/DraftOffers';
import { useT } from '../../i18n';
import type { NoteFields } from '../../store';
import { KindPicker } from './KindPicker';
import { SpeakerPicker } from './SpeakerPicker';
import { useDraft } from './use-draft';

interface ComposerProps {
  eventId: Id;
  questionId: Id | null;
  targetLabel: string;
  participants: readonly Participant[];
  currentSpeakerId: Id | null;
  /** Resolves once the note is durable; rejects when it could not be saved. */
  onSave: (fields: NoteFields) => Promise<Note>;
}

const MAX_SUGGESTIONS = 6;

/**
 * The note composer. The textarea is uncontrolled: typing touches no state except when the
 * detected kind or the @mention suggestions actually change, so a keystroke re-renders nothing.
 */
export function Composer(props: ComposerProps) {
  const t = useT();
  const area = useRef<HTMLTextAreaElement>(null);
  const who = useRef<HTMLInputElement>(null);
  const when = useRef<HTMLInputElement>(null);
  const [kind, setKind] = useState<NoteKind>('idea');
  const [prefixKind, setPrefixKind] = useState<NoteKind | null>(null);
  const [speakerId, setSpeakerId] = useState<Id | null>(props.currentSpeakerId);
  const [suggestions, setSuggestions] = useState<Participant[]>([]);
  const [active, setActive] = useState(0);
  const [error, setError] = useState('');
  const saving = useRef(false);

  const detectKind = (text: string) => {
    setPrefixKind(prefixAt(text)?.kind ?? null); // same value: Preact skips the render
  };
  const [drafts, draft] = useDraft(props.eventId, props.questionId, area, detectKind);

  // The moderator's running turn names the speaker, unless the rapporteur picks another.
  useEffect(() => {
    if (props.currentSpeakerId) setSpeakerId(props.currentSpeakerId);
  }, [props.currentSpeakerId]);

  const updateSuggestions = (el: HTMLTextAreaElement) => {
    const mention = mentionAtCaret(el.value, el.selectionStart);
    if (!mention) {
      if (suggestions.length) setSuggestions([]);
      return;
    }
    const q = fold(mention.query);
    const found = props.participants
      .filter((p) =>
        fold(p.name)
          .split(/\s+/)
          .some((w) => w.startsWith(q)),
      )
      .slice(0, MAX_SUGGESTIONS);
    if (found.length !== suggestions.length || found.some((p, i) => p !== suggestions[i])) {
      setSuggestions(found);
      setActive(0);
    }
  };

  const accept = (p: Participant) => {
    const el = area.current!;
    const mention = mentionAtCaret(el.value, el.selectionStart);
    if (!mention) return;
    const before = el.value.slice(0, mention.start);
    const after = el.value.slice(el.selectionStart);
    el.value = `${before}@${p.name} ${after.replace(/^\s+/, '')}`;
    const caret = before.length + p.name.length + 2;
    el.setSelectionRange(caret, caret);
    setSuggestions([]);
    draft.schedule();
  };

  const submit = async () => {
    const el = area.current!;
    const raw = el.value;
    if (saving.current || !raw.trim()) return;
    const parsed = parseComposerInput(raw, props.participants);
    if (!parsed.text) return;
    const noteKind = parsed.kind ?? kind;
    saving.current = true;
    draft.cancel();
    try {
      await props.onSave({
        text: parsed.text,
        kind: noteKind,
        speakerId: parsed.speakerId ?? speakerId,
        tags: parsed.tags,
        questionId: props.questionId,
        action: noteKind === 'action' ? { who: who.current?.value.trim() ?? '', when: when.current?.value.trim() ?? '' } : null,
      });
      // Only now is the note durable: keep whatever was typed during the save.
      el.value = el.value.startsWith(raw) ? el.value.slice(raw.length).replace(/^\n+/, '') : el.value;
      if (el.value) draft.schedule();
      if (who.current) who.current.value = '';
      if (when.current) when.current.value = '';
      setKind('idea');
      setPrefixKind(null);
      setError('');
    } catch (e) {
      draft.schedule();
      setError(t('capture.composer.saveFailed', { reason: describeError(e, t) }));
    } finally {
      saving.current = false;
    }
  };

  const onKeyDown = (e: KeyboardEvent) => {
    if (suggestions.length) {
      if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
        e.preventDefault();
        setActive((a) => (a + (e.key === 'ArrowDown' ? 1 : suggestions.length - 1)) % suggestions.length);
        return;
      }
      if (e.key === 'Enter' || e.key === 'Tab') {
        e.preventDefault();
        accept(suggestions[active] ?? suggestions[0]!);
        return;
      }
      if (e.key === 'Escape') {
        setSuggestions([]);
        return;
      }
    }
    if (e.key === 'Enter' && !e.shiftKey && !e.isComposing) {
      e.preventDefault();
      void submit();
    }
  };

  const effectiveKind = prefixKind ?? kind;
  const listId = 'composer-mentions';
  return (
    <section class="composer" aria-label={t('capture.composer.label')}>
      <div class="composer-tools">
        <KindPicker
          kind={effectiveKind}
          onChange={(k) => {
            setKind(k);
            area.current?.focus();
          }}
        />
        <SpeakerPicker
          eventId={props.eventId}
          participants={props.participants}
          speakerId={speakerId}
          currentSpeakerId={props.currentSpeakerId}
          onChange={setSpeakerId}
        />
      </div>
      {effectiveKind === 'action' && (
        <div class="composer-action">
          <label>
            <span>{t('capture.composer.actionWho')}</span>
            <input ref={who} />
          </label>
          <label>
            <span>{t('capture.composer.actionWhen')}</span>
            <input ref={when} />
          </label>
        </div>
      )}
      <div class="composer-input">
        <label for="composer-text" class="visually-hidden">
          {t('capture.composer.label')}
        </label>
        <textarea
          id="composer-text"
          ref={area}
          rows={3}
          class="composer-text"
          placeholder={t('capture.composer.placeholder')}
          aria-describedby="composer-target"
          aria-autocomplete="list"
          aria-controls={suggestions.length ? listId : undefined}
          aria-activedescendant={suggestions.length ? `${listId}-${active}` : undefined}
          onInput={(e) => {
            const el = e.currentTarget as HTMLTextAreaElement;
            draft.schedule();
            detectKind(el.value);
            if (el.value.includes('@') || suggestions.length) updateSuggestions(el);
          }}
          onKeyDown={onKeyDown}
          onBlur={draft.flush}
        />
        <button type="button" class="button button-primary" onClick={() => void submit()}>
          {t('capture.composer.save')}
        </button>
        {suggestions.length > 0 && (
          <ul id={listId} class="mention-list" role="listbox" aria-label={t('capture.composer.mentions')}>
            {suggestions.map((p, i) => (
              <li
                key={p.id}
                id={`${listId}-${i}`}
                role="option"
                aria-selected={i === active}
                onMouseDown={(e) => {
                  e.preventDefault();
                  accept(p);
                }}
              >
                {p.name}
              </li>
            ))}
          </ul>
        )}
      </div>
      <p id="composer-target" class="composer-target">
        <span class="composer-target-text">{t('capture.composer.target', { question: props.targetLabel })}</span>
        {drafts.restored && (
          <span class="composer-restored"> · {t('autosave.restored', { origin: describeOrigin(drafts.restored, t) })}</span>
        )}
      </p>
      <DraftOffers offers={drafts.offers} onTake={(o) => void draft.take(o)} onDiscard={(o) => void draft.discard(o)} />
      {drafts.failure !== null && (
        <p class="save-problem" role="alert">
          {t('autosave.draftFailed', { reason: describeError(drafts.failure, t) })}
        </p>
      )}
      {error && (
        <p class="field-error composer-error" role="alert">
          {error}
        </p>
      )}
    </section>
  );
}
