import { useId, useState } from 'react';

/** The posting's text, pasted; Back (or Escape) returns to what the popup showed before, keeping nothing typed. */
export function PasteForm({ initial = '', onSubmit, onBack }: { initial?: string; onSubmit: (text: string) => void; onBack: () => void }) {
  const [text, setText] = useState(initial);
  const id = useId();
  return (
    <form
      className="tpmkl-paste"
      onSubmit={(e) => {
        e.preventDefault();
        if (text.trim()) onSubmit(text);
      }}
      onKeyDown={(e) => {
        if (e.key === 'Escape') {
          // The popup itself would close on Escape; here it means "back".
          e.preventDefault();
          onBack();
        }
      }}
    >
      <label htmlFor={id}>Paste the job posting's text</label>
      {/* biome-ignore lint/a11y/noAutofocus: the form opens only when the user asks to paste a posting, so the cursor goes where they will type */}
      <textarea id={id} rows={10} value={text} onChange={(e) => setText(e.target.value)} autoFocus />
      <div className="tpmkl-paste__actions">
        <button type="button" onClick={onBack} aria-keyshortcuts="Escape">
          Back
        </button>
        <button type="submit" disabled={!text.trim()}>
          Analyze
        </button>
      </div>
    </form>
  );
}
