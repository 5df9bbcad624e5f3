import { useRef, useState } from 'preact/hooks';
import { parseAttendanceList, type ParsedAttendanceList } from '../../../core/attendance';
import { decodeFile, describeFileError } from '../../../core/file-format';
import type { Attendee } from '../../../core/model/types';
import { describeError } from '../../app/errors';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { currentLanguage, useT, type MessageKey } from '../../i18n';
import { replaceAttendanceList } from '../../store';

const MAX_FILE_BYTES = 20 * 1024 * 1024;

type FileProblem = { message: string; retry1252?: () => void } | null;

/**
 * Reading an attendance list: pasted text or a CSV file, shown as what was read and what is wrong
 * on which line before it replaces anything; the stored list changes only on "Use this list".
 */
export function AttendanceImport({ eventId, list }: { eventId: string; list: Attendee[] }) {
  const t = useT();
  const [text, setText] = useState('');
  const [parsed, setParsed] = useState<ParsedAttendanceList | null>(null);
  const [fileProblem, setFileProblem] = useState<FileProblem>(null);
  const [status, setStatus] = useState('');
  const [error, setError] = useState('');
  const [confirmRemove, setConfirmRemove] = useState(false);
  const input = useRef<HTMLInputElement>(null);

  const read = (value: string) => {
    setStatus('');
    setError('');
    setParsed(parseAttendanceList(value));
  };

  const openFile = async (file: File, allowWindows1252 = false) => {
    setFileProblem(null);
    setParsed(null);
    if (file.size > MAX_FILE_BYTES) return setFileProblem({ message: t('report.attendance.fileTooLarge', { name: file.name }) });
    const decoded = decodeFile(new Uint8Array(await file.arrayBuffer()), 'text', { allowWindows1252 });
    if (!decoded.ok) {
      const message = t('report.attendance.fileNotRead', { name: file.name, message: describeFileError(decoded.error, currentLanguage()) });
      const retry1252 = decoded.problem.code === 'windows-1252' ? () => void openFile(file, true) : undefined;
      return setFileProblem({ message, ...(retry1252 ? { retry1252 } : {}) });
    }
    setText(decoded.text);
    read(decoded.text);
  };

  const use = async () => {
    if (!parsed) return;
    try {
      await replaceAttendanceList(eventId, parsed.list);
      setStatus(t('report.attendance.saved', { count: parsed.list.length }));
      setParsed(null);
      setText('');
    } catch (e) {
      setError(t('report.attendance.saveFailed', { message: describeError(e, t) }));
    }
  };

  const remove = async () => {
    try {
      await replaceAttendanceList(eventId, []);
      setStatus(t('report.attendance.listRemoved'));
    } catch (e) {
      setError(t('report.attendance.saveFailed', { message: describeError(e, t) }));
    }
  };

  return (
    <section class="attendance-import" aria-labelledby="attendance-list-title">
      <h3 id="attendance-list-title">{t('report.attendance.listTitle')}</h3>
      <p data-testid="attendance-list-count">
        {list.length === 0 ? t('report.attendance.listNone') : t('report.attendance.listCount', { count: list.length })}{' '}
        {list.length > 0 && (
          <button type="button" class="button button-small" onClick={() => setConfirmRemove(true)}>
            {t('report.attendance.listRemove')}
          </button>
        )}
      </p>
      <div class="field">
        <label for="attendance-paste">{t('report.attendance.pasteLabel')}</label>
        <textarea
          id="attendance-paste"
          rows={4}
          aria-describedby="attendance-paste-hint"
          value={text}
          onInput={(e) => setText((e.currentTarget as HTMLTextAreaElement).value)}
        />
        <small id="attendance-paste-hint" class="report-hint">
          {t('report.attendance.pasteHint')}
        </small>
      </div>
      <div class="attendance-buttons">
        <button type="button" class="button button-primary button-small" disabled={text.trim() === ''} onClick={() => read(text)}>
          {t('report.attendance.read')}
        </button>
        <button type="button" class="button button-small" onClick={() => input.current?.click()}>
          {t('report.attendance.file')}
        </button>
        <input
          ref={input}
          type="file"
          class="visually-hidden"
          accept=".csv,.tsv,.txt,text/csv,text/plain"
          tabIndex={-1}
          aria-hidden="true"
          data-testid="attendance-file-input"
          onChange={(e) => {
            const box = e.currentTarget as HTMLInputElement;
            const file = box.files?.[0];
            box.value = '';
            if (file) void openFile(file);
          }}
        />
      </div>
      {fileProblem && (
        <div class="report-error" role="alert">
          <p>{fileProblem.message}</p>
          {fileProblem.retry1252 && (
            <button type="button" class="button button-small" onClick={fileProblem.retry1252}>
              {t('report.attendance.fileAs1252')}
            </button>
          )}
        </div>
      )}
      {confirmRemove && (
        <ConfirmDialog
          title={t('report.attendance.listRemove')}
          body={t('report.attendance.removeBody', { count: list.length })}
          choices={[{ label: t('report.attendance.listRemove'), value: 'remove', danger: true }]}
          cancelLabel={t('library.cancel')}
          onClose={(value) => {
            setConfirmRemove(false);
            if (value === 'remove') void remove();
          }}
        />
      )}
      {parsed && <ReadResult parsed={parsed} current={list.length} onUse={() => void use()} onDiscard={() => setParsed(null)} />}
      <p class="report-save-status" role="status">
        {status}
      </p>
      {error && (
        <p class="report-error" role="alert">
          {error}
        </p>
      )}
    </section>
  );
}

function ReadResult({
  parsed,
  current,
  onUse,
  onDiscard,
}: {
  parsed: ParsedAttendanceList;
  current: number;
  onUse: () => void;
  onDiscard: () => void;
}) {
  const t = useT();
  const problems = parsed.problems.map((p) => t(`report.attendance.problems.${p.code}` as MessageKey, { line: p.line, text: p.text }));
  return (
    <div
      class={parsed.refused ? 'report-error' : 'attendance-result'}
      role={parsed.refused ? 'alert' : 'status'}
      data-testid="attendance-result"
    >
      {parsed.refused ? (
        <p>{t('report.attendance.refused')}</p>
      ) : parsed.list.length === 0 ? (
        <p>{t('report.attendance.readNone')}</p>
      ) : (
        <p>
          {t('report.attendance.readResult', { count: parsed.list.length })}
          {parsed.header ? t('report.attendance.readHeader') : ''}.
        </p>
      )}
      {problems.length > 0 && (
        <ul class="attendance-problems">
          {problems.map((p, i) => (
            <li key={i}>{p}</li>
          ))}
        </ul>
      )}
      <div class="attendance-buttons">
        {!parsed.refused && parsed.list.length > 0 && (
          <button type="button" class="button button-primary button-small" onClick={onUse}>
            {current > 0 ? t('report.attendance.useReplacing', { count: current }) : t('report.attendance.use')}
          </button>
        )}
        <button type="button" class="button button-small" onClick={onDiscard}>
          {t('report.attendance.discard')}
        </button>
      </div>
    </div>
  );
}
