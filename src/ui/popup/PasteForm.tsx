import { useId, useState } from 'react';

export function PasteForm({ initial = '', onSubmit }: { initial?: string; onSubmit: (text: string) => void }) {
  const [text, setText] = useState(initial);
  const id = useId();
  return (
    <form
      className="tpmkl-paste"
      onSubmit={(e) => {
        e.preventDefault();
        if (text.trim()) onSubmit(text);
      }}
    >
      <label htmlFor={id}>Paste the job posting's text</label>
      {/* biome-ignore lint/a11y/noAutofocus: the form opens only when the user asks to paste a posting, so the cursor goes where they will type */}
      <textarea id={id} rows={10} value={text} onChange={(e) => setText(e.target.value)} autoFocus />
      <button type="submit" disabled={!text.trim()}>
        Analyze
      </button>
    </form>
  );
}
