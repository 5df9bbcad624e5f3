import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { Photo, PhotoKind } from '../../../core/model/types';
import { describeError } from '../../app/errors';
import { useT } from '../../i18n';
import { addPhotos, deletePhoto, livePhotos, movePhoto, updatePhotoCaption, useLiveQuery, type NewPhoto } from '../../store';
import { preparePhoto } from './photo-prepare';

/**
 * Images of the event, added by picker or drop, captioned, removable: photos for the report's photo
 * annex, or the organisers' logos for its cover (`kind`), whose caption is the logo's alternative text.
 */
export function PhotosPanel({ eventId, kind }: { eventId: string; kind: PhotoKind }) {
  const t = useT();
  const area = kind === 'photo' ? 'photos' : 'logos';
  const photos = useLiveQuery(() => livePhotos(eventId, kind), [eventId, kind], undefined) ?? [];
  const [problems, setProblems] = useState<string[]>([]);
  const [status, setStatus] = useState('');
  const [busy, setBusy] = useState(false);
  const [dragging, setDragging] = useState(false);
  const input = useRef<HTMLInputElement>(null);
  /** The photo just moved: the keyboard follows it to its new place once the list shows it there. */
  const moved = useRef<{ id: string; by: -1 | 1 } | null>(null);

  const add = async (files: File[]) => {
    if (files.length === 0) return;
    setBusy(true);
    setStatus('');
    const ready: NewPhoto[] = [];
    const refused: string[] = [];
    for (const file of files) {
      const prepared = await preparePhoto(file);
      if (prepared.ok) ready.push(prepared.photo);
      else refused.push(t(`report.photos.problems.${prepared.problem}`, { name: file.name }));
    }
    try {
      if (ready.length > 0) await addPhotos(eventId, ready, kind);
      setStatus(ready.length > 0 ? t('report.photos.added', { count: ready.length }) : '');
    } catch (e) {
      refused.push(t('report.photos.saveFailed', { message: describeError(e, t) }));
    }
    setProblems(refused);
    setBusy(false);
  };

  return (
    <details class="report-photos panel" data-testid={`report-${area}`}>
      <summary>
        <h2>{photos.length === 0 ? t(`report.${area}.title`) : t(`report.${area}.summary`, { count: photos.length })}</h2>
      </summary>
      <p class="report-hint">{t(`report.${area}.hint`)}</p>
      <div
        class={`photo-drop${dragging ? ' photo-drop-active' : ''}`}
        data-testid="photo-drop"
        onDragOver={(e) => {
          e.preventDefault();
          setDragging(true);
        }}
        onDragLeave={() => setDragging(false)}
        onDrop={(e) => {
          e.preventDefault();
          setDragging(false);
          void add([...(e.dataTransfer?.files ?? [])]);
        }}
      >
        <button type="button" class="button button-primary button-small" disabled={busy} onClick={() => input.current?.click()}>
          {busy ? t('report.photos.reading') : t(`report.${area}.add`)}
        </button>
        <span class="report-hint">{t('report.photos.drop')}</span>
        <input
          ref={input}
          type="file"
          multiple
          class="visually-hidden"
          accept="image/png,image/jpeg,.png,.jpg,.jpeg"
          tabIndex={-1}
          aria-hidden="true"
          data-testid={`${kind}-file-input`}
          onChange={(e) => {
            const box = e.currentTarget as HTMLInputElement;
            const files = [...(box.files ?? [])];
            box.value = '';
            void add(files);
          }}
        />
      </div>
      {problems.length > 0 && (
        <ul class="report-error" role="alert">
          {problems.map((p, i) => (
            <li key={i}>{p}</li>
          ))}
        </ul>
      )}
      <p class="report-save-status" role="status">
        {status}
      </p>
      <ol class="photo-list">
        {photos.map((photo, i) => (
          <PhotoItem key={photo.id} photo={photo} n={i + 1} last={i === photos.length - 1} area={area} moved={moved} />
        ))}
      </ol>
    </details>
  );
}

interface PhotoItemProps {
  photo: Photo;
  n: number;
  last: boolean;
  area: 'photos' | 'logos';
  moved: { current: { id: string; by: -1 | 1 } | null };
}

function PhotoItem({ photo, n, last, area, moved }: PhotoItemProps) {
  const t = useT();
  const url = useMemo(
    () => URL.createObjectURL(new Blob([photo.data as Uint8Array<ArrayBuffer>], { type: photo.mediaType })),
    [photo.data],
  );
  useEffect(() => () => URL.revokeObjectURL(url), [url]);
  const [caption, setCaption] = useState(photo.caption);
  const [error, setError] = useState('');
  useEffect(() => setCaption(photo.caption), [photo.caption]);
  const label = t(`report.${area}.photo`, { n });
  const save = async () => {
    try {
      await updatePhotoCaption(photo.id, caption.replace(/\s+/g, ' ').trim());
      setError('');
    } catch (e) {
      setError(t('report.photos.saveFailed', { message: describeError(e, t) }));
    }
  };
  const item = useRef<HTMLLIElement>(null);
  useEffect(() => {
    if (moved.current?.id !== photo.id) return;
    // On the same button while it can move on, else on the other one: never lost on a disabled button.
    const by = moved.current.by;
    moved.current = null;
    const buttons = item.current?.querySelectorAll<HTMLButtonElement>('button[data-move]:not([disabled])') ?? [];
    ([...buttons].find((b) => b.dataset.move === String(by)) ?? buttons[0])?.focus();
  }, [n, last, moved, photo.id]);
  const move = async (by: -1 | 1) => {
    moved.current = { id: photo.id, by };
    try {
      await movePhoto(photo.id, by);
      setError('');
    } catch (e) {
      moved.current = null;
      setError(t('report.photos.saveFailed', { message: describeError(e, t) }));
    }
  };
  return (
    <li class="photo-item" ref={item}>
      <img src={url} alt={photo.caption || label} width={120} height={Math.round((120 * photo.height) / photo.width)} />
      <div class="field">
        <label for={`photo-caption-${photo.id}`}>{t(`report.${area}.caption`, { n })}</label>
        <input
          id={`photo-caption-${photo.id}`}
          type="text"
          value={caption}
          onInput={(e) => setCaption((e.currentTarget as HTMLInputElement).value)}
          onChange={() => void save()}
        />
        <small class="report-hint">{t('report.photos.size', { width: photo.width, height: photo.height })}</small>
        {error && (
          <p class="report-error" role="alert">
            {error}
          </p>
        )}
      </div>
      <div class="photo-move">
        <button
          type="button"
          class="button button-small"
          data-move="-1"
          disabled={n === 1}
          aria-label={t(`report.${area}.moveUp`, { n })}
          title={t(`report.${area}.moveUp`, { n })}
          onClick={() => void move(-1)}
        >
          ↑
        </button>
        <button
          type="button"
          class="button button-small"
          data-move="1"
          disabled={last}
          aria-label={t(`report.${area}.moveDown`, { n })}
          title={t(`report.${area}.moveDown`, { n })}
          onClick={() => void move(1)}
        >
          ↓
        </button>
      </div>
      <button
        type="button"
        class="button button-small button-danger"
        aria-label={t(`report.${area}.remove`, { n })}
        onClick={() => void deletePhoto(photo.id)}
      >
        {t('report.photos.removeShort')}
      </button>
    </li>
  );
}
