import { useCallback, useEffect, useId, useState } from 'react';
import { browser } from 'wxt/browser';
import { chooseDefaultResume, deleteAllData, deleteResume, exportBackup, importBackup, loadLibrary, saveResume } from '../../storage/resumes';
import type { Quarantined, ResumeLibrary } from '../../storage/schema';
import { loadSettings, type Settings, saveSettings } from '../../storage/settings';
import { download } from '../shared/download';
import { readResumeFile } from './read-resume-file';

type Notice = { kind: 'info' | 'error'; text: string } | null;

const baseName = (file: string) => file.replace(/\.[^.]+$/, '');

/** A file chooser that hands over one file and clears itself, so choosing the same file again works. */
function FileInput({ id, accept, disabled, onFile }: { id: string; accept: string; disabled: boolean; onFile: (file: File) => Promise<void> }) {
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
  const ids = { name: useId(), text: useId(), file: useId(), backup: useId() };

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
  const act = async (work: () => Promise<string | void>) => {
    setBusy(true);
    try {
      const message = await work();
      await refresh();
      setNotice(message ? { kind: 'info', text: message } : null);
    } catch (e) {
      setNotice({ kind: 'error', text: String((e as Error)?.message ?? e) });
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="tpmkl-options">
      <h1>Your resumes</h1>
      <p className="tpmkl-muted">Stored only in this browser (extension storage). Nothing is uploaded anywhere.</p>
      {notice && (
        <p className={`tpmkl-notice ${notice.kind === 'error' ? 'tpmkl-notice--error' : ''}`} role={notice.kind === 'error' ? 'alert' : 'status'}>
          {notice.text}
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
        <label htmlFor={ids.name}>Name</label>
        <input id={ids.name} value={name} onChange={(e) => setName(e.target.value)} placeholder="e.g. TPM, cloud focus" maxLength={120} />
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
                await saveResume({ name: name.trim() || baseName(file.name), text: read.text, source: read.source });
                setName('');
                return `Added “${name.trim() || baseName(file.name)}” from ${file.name}.`;
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
            <li key={r.id}>
              <label>
                <input
                  type="radio"
                  name="default"
                  disabled={busy}
                  checked={library.defaultId === r.id}
                  onChange={() => void act(() => chooseDefaultResume(r.id).then(() => `“${r.name}” is now the default.`))}
                />{' '}
                <strong>{r.name}</strong>
              </label>
              <span className="tpmkl-muted">
                {r.source.toUpperCase()} · {r.text.split(/\s+/).length} words · {r.addedAt.slice(0, 10)}
              </span>
              <button
                type="button"
                disabled={busy}
                onClick={() => void act(() => deleteResume(r.id).then(() => `Deleted “${r.name}”.`))}
                aria-label={`Delete ${r.name}`}
              >
                Delete
              </button>
            </li>
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
        <button type="button" onClick={() => void browser.tabs.create({ url: browser.runtime.getURL('/history.html') })}>
          Open the history and market view
        </button>
      </div>

      <h2>Backup and privacy</h2>
      <div className="tpmkl-row">
        <button type="button" disabled={busy} onClick={() => void act(async () => download('tpm-keyword-lens-backup.json', await exportBackup()))}>
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
