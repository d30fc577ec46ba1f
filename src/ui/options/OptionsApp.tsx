import { useCallback, useEffect, useId, useRef, useState } from 'react';
import { browser } from 'wxt/browser';
import {
  chooseDefaultResume,
  deleteAllData,
  deleteResume,
  exportBackup,
  importBackup,
  loadLibrary,
  restoreResume,
  saveResume,
  updateResume,
} from '../../storage/resumes';
import type { Quarantined, Resume, ResumeLibrary } from '../../storage/schema';
import { loadSettings, type Settings, saveSettings } from '../../storage/settings';
import { download } from '../shared/download';
import { NameField, nameFromFile } from './NameField';
import { readResumeFile } from './read-resume-file';
import { ResumeRow } from './ResumeRow';

/** A message after an action; a deletion's carries its Undo. */
type Notice = { kind: 'info' | 'error'; text: string; undo?: { label: string; run: () => void } } | null;

const BACKUP_FILE = 'tpm-keyword-lens-backup.json';

/** A file chooser that hands over one file and clears itself, so choosing the same file again works. */
function FileInput({ id, accept, disabled, onFile }: { id: string; accept: string; disabled: boolean; onFile: (file: File) => Promise<unknown> }) {
  return (
    <input
      id={id}
      type="file"
      accept={accept}
      disabled={disabled}
      onChange={(e) => {
        const file = e.target.files?.[0];
        e.target.value = '';
        if (file) void onFile(file);
      }}
    />
  );
}

export function OptionsApp() {
  const [library, setLibrary] = useState<ResumeLibrary | null>(null);
  const [quarantine, setQuarantine] = useState<Quarantined[]>([]);
  const [settings, setSettings] = useState<Settings | null>(null);
  /** Set where a newer version of the extension wrote the stored data: shown, never changed. */
  const [readOnly, setReadOnly] = useState<string>();
  const [notice, setNotice] = useState<Notice>(null);
  const [name, setName] = useState('');
  const [text, setText] = useState('');
  const [busy, setBusy] = useState(false);
  const ids = { text: useId(), file: useId(), backup: useId() };

  const refresh = useCallback(async () => {
    const loaded = await loadLibrary();
    setLibrary(loaded.library);
    setQuarantine(loaded.quarantine);
    setReadOnly(loaded.readOnly);
    setSettings(await loadSettings());
  }, []);
  useEffect(() => {
    refresh().catch((e) => setNotice({ kind: 'error', text: `Your saved data could not be read: ${e?.message ?? e}` }));
  }, [refresh]);

  /** Runs a change; on failure, says why and leaves what is stored as it was. */
  const act = async (work: () => Promise<string | Notice>): Promise<boolean> => {
    setBusy(true);
    try {
      const message = await work();
      await refresh();
      setNotice(typeof message === 'string' ? { kind: 'info', text: message } : (message ?? null));
      return true;
    } catch (e) {
      setNotice({ kind: 'error', text: String((e as Error)?.message ?? e) });
      return false;
    } finally {
      setBusy(false);
    }
  };

  // The Delete button went with its row: the keyboard's focus goes to Undo, not to the page's start.
  const undoButton = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (notice?.undo) undoButton.current?.focus();
  }, [notice]);

  /** Deleted at once, with an Undo that puts it back where it was (no dialog to click through). */
  const remove = (resume: Resume, library: ResumeLibrary) => {
    const place = { index: library.resumes.findIndex((r) => r.id === resume.id), wasDefault: library.defaultId === resume.id };
    void act(async () => {
      await deleteResume(resume.id);
      return {
        kind: 'info',
        text: `Deleted “${resume.name}”.`,
        undo: { label: `Undo: restore “${resume.name}”`, run: () => void act(() => restoreResume(resume, place).then(() => `Restored “${resume.name}”.`)) },
      };
    });
  };

  return (
    <div className="tpmkl-options">
      <h1>Your resumes</h1>
      <p className="tpmkl-muted">Stored only in this browser (extension storage). Nothing is uploaded anywhere.</p>
      {notice && (
        <p className={`tpmkl-notice ${notice.kind === 'error' ? 'tpmkl-notice--error' : ''}`} role={notice.kind === 'error' ? 'alert' : 'status'}>
          {notice.text}
          {notice.undo && (
            <>
              {' '}
              <button ref={undoButton} type="button" className="tpmkl-link" onClick={notice.undo.run} aria-label={notice.undo.label} disabled={busy}>
                Undo
              </button>
            </>
          )}
        </p>
      )}
      {readOnly && (
        <p className="tpmkl-notice tpmkl-notice--error" role="alert">
          {readOnly}
        </p>
      )}
      {quarantine.length > 0 && (
        <p className="tpmkl-notice tpmkl-notice--error" role="alert">
          {quarantine.length} stored item(s) could not be read and were set aside, not deleted. Export a backup to keep them.
        </p>
      )}

      <h2>Add a resume</h2>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          void act(async () => {
            await saveResume({ name: name.trim() || 'My resume', text, source: 'paste' });
            setText('');
            setName('');
            return 'Resume saved.';
          });
        }}
      >
        <NameField label="Name" value={name} onChange={setName} placeholder="e.g. TPM, cloud focus" />
        <label htmlFor={ids.text}>Paste your resume's text</label>
        <textarea id={ids.text} value={text} onChange={(e) => setText(e.target.value)} />
        <div className="tpmkl-row">
          <button type="submit" disabled={busy || !text.trim()}>
            Save pasted resume
          </button>
          <label htmlFor={ids.file}>or choose a file (.txt, .pdf, .docx):</label>
          <FileInput
            id={ids.file}
            accept=".txt,.pdf,.docx,text/plain,application/pdf,application/vnd.openxmlformats-officedocument.wordprocessingml.document"
            disabled={busy}
            onFile={(file) =>
              act(async () => {
                const read = await readResumeFile(file);
                const fromFile = nameFromFile(file.name);
                const chosen = name.trim() || fromFile.name;
                await saveResume({ name: chosen, text: read.text, source: read.source });
                setName('');
                const shortened =
                  !name.trim() && fromFile.cut ? ' Its file name was longer than a name may be, so it was shortened: rename it with “View / edit text”.' : '';
                return `Added “${chosen}” from ${file.name}.${shortened}`;
              })
            }
          />
        </div>
      </form>

      <h2>Saved resumes</h2>
      {library === null ? (
        <p className="tpmkl-muted">Loading…</p>
      ) : library.resumes.length === 0 ? (
        <p className="tpmkl-muted">No resume yet. The popup still shows what postings ask for.</p>
      ) : (
        <ul className="tpmkl-resumes" aria-label="Saved resumes">
          {library.resumes.map((r) => (
            <ResumeRow
              key={r.id}
              resume={r}
              isDefault={library.defaultId === r.id}
              busy={busy}
              onMakeDefault={() => void act(() => chooseDefaultResume(r.id).then(() => `“${r.name}” is now the default.`))}
              onDelete={() => remove(r, library)}
              onSave={(changes) => act(() => updateResume(r.id, changes).then(() => `Saved your changes to “${changes.name}”.`))}
            />
          ))}
        </ul>
      )}

      <h2>History</h2>
      <div className="tpmkl-row">
        <label>
          <input
            type="checkbox"
            disabled={busy || settings === null}
            checked={settings?.historyEnabled ?? true}
            onChange={(e) => {
              const historyEnabled = e.target.checked;
              void act(async () => {
                await saveSettings({ historyEnabled });
                return historyEnabled
                  ? 'Postings you analyze are kept in the history.'
                  : 'History is off: new postings are not kept (the history so far stays until you delete it).';
              });
            }}
          />{' '}
          Keep a history of the postings I analyze (in this browser only)
        </label>
        <button type="button" onClick={() => void browser.tabs.create({ url: browser.runtime.getURL('/history-page.html') })}>
          Open the history and market view
        </button>
      </div>

      <h2>Backup and privacy</h2>
      <div className="tpmkl-row">
        <button
          type="button"
          disabled={busy}
          onClick={() =>
            void act(async () => {
              download(BACKUP_FILE, await exportBackup());
              const count = library?.resumes.length ?? 0;
              return `Exported ${count} resume${count === 1 ? '' : 's'} to “${BACKUP_FILE}”: your browser saved it where it saves downloads (usually the Downloads folder). Keep it private: it holds your resumes' full text.`;
            })
          }
        >
          Export a backup
        </button>
        <label htmlFor={ids.backup}>Import a backup:</label>
        <FileInput
          id={ids.backup}
          accept=".json,application/json"
          disabled={busy}
          onFile={(file) => act(async () => `Imported ${(await importBackup(await file.text())).added} resume(s).`)}
        />
        <button
          type="button"
          className="tpmkl-danger"
          disabled={busy}
          onClick={() => {
            if (confirm('Delete all your resumes, your history of analyzed postings and your settings from this browser? This cannot be undone.'))
              void act(() => deleteAllData().then(() => 'All your data was deleted.'));
          }}
        >
          Delete all my data
        </button>
      </div>
    </div>
  );
}
