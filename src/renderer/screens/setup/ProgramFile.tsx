import { useEffect, useRef, useState } from 'preact/hooks';
import type { DocumentResult } from '../../../core/documents';
import { DOCUMENT_EXTENSIONS } from '../../../core/documents/document-kind';
import { describeFileError } from '../../../core/file-format';
import { currentLanguage, useT, type TFunction } from '../../i18n';
import { MAX_PASTE_CHARS } from './extraction-types';
import { useProgramFile } from './use-program-file';

const ACCEPT = Object.values(DOCUMENT_EXTENSIONS).flat().join(',');

interface Props {
  /** The text read from a file: it takes the place of the pasted text, read at once like a paste. */
  onText: (text: string) => void;
  onTooLarge: () => void;
  /** Where files may be dropped: the paste section around this control. */
  dropTarget: { current: HTMLElement | null };
}

type Status = { kind: 'reading' | 'loaded'; name: string } | { kind: 'error'; message: string } | null;

/** Why a file gave no text, in the user's language. */
function problemMessage(result: Exclude<DocumentResult, { ok: true }>, name: string, t: TFunction): string {
  const p = result.problem;
  switch (p.code) {
    case 'pdf-no-text':
      return t('setup.fileNoText', { name });
    case 'pdf-encrypted':
      return t('setup.fileEncrypted', { name });
    case 'damaged':
      return t('setup.fileDamaged', { name, kind: t(p.kind === 'pdf' ? 'setup.kindPdf' : 'setup.kindDocx') });
    case 'decode':
      return t('setup.fileNotRead', { name, message: describeFileError(p.error, currentLanguage()) });
  }
}

/**
 * "Open a file…" and dropping a file on the paste section: a PDF, Word document, saved web page,
 * Markdown or text file becomes the program's text, read in a worker (src/core/documents).
 */
export function ProgramFile({ onText, onTooLarge, dropTarget }: Props) {
  const t = useT();
  const input = useRef<HTMLInputElement>(null);
  const read = useProgramFile();
  const [status, setStatus] = useState<Status>(null);
  const [dragging, setDragging] = useState(false);
  const latest = useRef(0);

  const open = async (file: File) => {
    const turn = ++latest.current;
    setStatus({ kind: 'reading', name: file.name });
    const outcome = await read(file);
    if (turn !== latest.current) return;
    if ('failed' in outcome)
      return setStatus({ kind: 'error', message: t('setup.fileFailed', { name: file.name, message: outcome.failed }) });
    const result = outcome.result;
    if (!result.ok) return setStatus({ kind: 'error', message: problemMessage(result, file.name, t) });
    if (result.text.length > MAX_PASTE_CHARS) {
      setStatus(null);
      return onTooLarge();
    }
    setStatus({ kind: 'loaded', name: file.name });
    onText(result.text);
  };

  useDropZone(dropTarget, (file) => void open(file), setDragging);

  return (
    <div class="program-file">
      <p class="hint">{t('setup.fileHelp')}</p>
      <input
        ref={input}
        type="file"
        class="visually-hidden"
        accept={ACCEPT}
        tabIndex={-1}
        aria-hidden="true"
        data-testid="program-file-input"
        onChange={(e) => {
          const box = e.currentTarget as HTMLInputElement;
          const file = box.files?.[0];
          box.value = '';
          if (file) void open(file);
        }}
      />
      <button type="button" class="button" onClick={() => input.current?.click()}>
        {t('setup.openFile')}
      </button>
      {dragging && <p class="drop-hint">{t('setup.dropHere')}</p>}
      <p
        class={status?.kind === 'error' ? 'field-error' : 'hint'}
        role={status?.kind === 'error' ? 'alert' : 'status'}
        data-testid="program-file-status"
      >
        {status?.kind === 'reading'
          ? t('setup.fileReading', { name: status.name })
          : status?.kind === 'loaded'
            ? t('setup.fileLoaded', { name: status.name })
            : status?.kind === 'error'
              ? status.message
              : ''}
      </p>
    </div>
  );
}

/** Files dragged over `target` are offered for reading; anything else dragged (text, list items) is left alone. */
function useDropZone(target: { current: HTMLElement | null }, onFile: (file: File) => void, setDragging: (on: boolean) => void): void {
  const handler = useRef(onFile);
  handler.current = onFile;
  useEffect(() => {
    const el = target.current;
    if (!el) return;
    const hasFiles = (e: DragEvent) => Array.from(e.dataTransfer?.types ?? []).includes('Files');
    const over = (e: DragEvent) => {
      if (!hasFiles(e)) return;
      e.preventDefault();
      if (e.dataTransfer) e.dataTransfer.dropEffect = 'copy';
      setDragging(true);
    };
    const leave = (e: DragEvent) => {
      if (!el.contains(e.relatedTarget as Node | null)) setDragging(false);
    };
    const drop = (e: DragEvent) => {
      const file = e.dataTransfer?.files?.[0];
      setDragging(false);
      if (!file) return;
      e.preventDefault();
      handler.current(file);
    };
    el.addEventListener('dragover', over);
    el.addEventListener('dragleave', leave);
    el.addEventListener('drop', drop);
    return () => {
      el.removeEventListener('dragover', over);
      el.removeEventListener('dragleave', leave);
      el.removeEventListener('drop', drop);
    };
  }, [target]);
}
