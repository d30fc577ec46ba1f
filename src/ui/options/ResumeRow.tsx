import { useEffect, useId, useRef, useState } from 'react';
import type { Resume } from '../../storage/schema';
import { NameField } from './NameField';

interface Props {
  resume: Resume;
  isDefault: boolean;
  busy: boolean;
  onMakeDefault: () => void;
  onDelete: () => void;
  /** Saves an edited name and text; resolves once stored (the caller reports failures). */
  onSave: (changes: { name: string; text: string }) => Promise<boolean>;
}

const words = (text: string) => text.split(/\s+/).filter(Boolean).length;

/**
 * One saved resume: which one is the default, what it is, and its text to read and fix (a PDF that came out
 * with broken lines, a stray header), then save back.
 */
export function ResumeRow({ resume, isDefault, busy, onMakeDefault, onDelete, onSave }: Props) {
  const [editing, setEditing] = useState<{ name: string; text: string } | null>(null);
  const [problem, setProblem] = useState('');
  const editor = useId();
  const textId = useId();
  const problemId = useId();
  // Closing the editor puts the keyboard's focus back on the button that opened it, once it is enabled again.
  const toggle = useRef<HTMLButtonElement>(null);
  const returnFocus = useRef(false);
  const close = () => {
    returnFocus.current = true;
    setEditing(null);
  };
  useEffect(() => {
    if (returnFocus.current && !editing && !busy) {
      returnFocus.current = false;
      toggle.current?.focus();
    }
  }, [editing, busy]);
  const save = async () => {
    if (!editing) return;
    if (!editing.name.trim()) return setProblem('Give the resume a name.');
    if (!editing.text.trim()) return setProblem('The text is empty: paste your resume, or delete it instead.');
    setProblem('');
    if (await onSave({ name: editing.name.trim(), text: editing.text })) close();
  };
  return (
    <li className="tpmkl-resume">
      <div className="tpmkl-resume__row">
        <input type="radio" name="default" disabled={busy} checked={isDefault} onChange={onMakeDefault} aria-label={`Default resume: ${resume.name}`} />
        <strong className="tpmkl-resume__name" title={resume.name}>
          {resume.name}
        </strong>
        <span className="tpmkl-muted">
          {resume.source.toUpperCase()} · {words(resume.text)} words · {resume.addedAt.slice(0, 10)}
        </span>
        <button
          ref={toggle}
          type="button"
          disabled={busy}
          aria-expanded={editing !== null}
          aria-controls={editor}
          onClick={() => {
            setProblem('');
            setEditing(editing ? null : { name: resume.name, text: resume.text });
          }}
          aria-label={`${editing ? 'Close the text of' : 'View and edit the text of'} ${resume.name}`}
        >
          {editing ? 'Close' : 'View / edit text'}
        </button>
        <button type="button" disabled={busy} onClick={onDelete} aria-label={`Delete ${resume.name}`}>
          Delete
        </button>
      </div>
      {editing && (
        <form
          id={editor}
          className="tpmkl-editor"
          aria-label={`Edit ${resume.name}`}
          onSubmit={(e) => {
            e.preventDefault();
            void save();
          }}
          onKeyDown={(e) => {
            if (e.key === 'Escape') close();
          }}
        >
          <NameField label="Name" value={editing.name} onChange={(name) => setEditing({ ...editing, name })} />
          <label htmlFor={textId}>Text, as the popup reads it (a bullet's lines broken by a PDF are joined when matching; fix anything else here)</label>
          <textarea
            id={textId}
            value={editing.text}
            rows={16}
            aria-invalid={Boolean(problem)}
            aria-describedby={problem ? problemId : undefined}
            onChange={(e) => setEditing({ ...editing, text: e.target.value })}
          />
          {problem && (
            <p id={problemId} className="tpmkl-notice tpmkl-notice--error" role="alert">
              {problem}
            </p>
          )}
          <div className="tpmkl-row">
            <button type="submit" disabled={busy}>
              Save changes
            </button>
            <button type="button" onClick={close}>
              Cancel
            </button>
            <span className="tpmkl-muted">{words(editing.text)} words</span>
          </div>
        </form>
      )}
    </li>
  );
}
