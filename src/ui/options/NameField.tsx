import { useId, useState } from 'react';
import { MAX_RESUME_NAME_CHARS } from '../../storage/schema';

/**
 * A resume's name, with its limit said next to it rather than enforced in silence: the field stops at the limit
 * (maxlength), shows how many characters are left near it, and says so when a pasted name was cut.
 */
export function NameField({ label, value, onChange, placeholder }: { label: string; value: string; onChange: (name: string) => void; placeholder?: string }) {
  const id = useId();
  const hint = useId();
  const [cut, setCut] = useState(false);
  const left = MAX_RESUME_NAME_CHARS - value.length;
  return (
    <>
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        value={value}
        maxLength={MAX_RESUME_NAME_CHARS}
        aria-describedby={hint}
        placeholder={placeholder}
        onChange={(e) => {
          setCut(false);
          onChange(e.target.value);
        }}
        onPaste={(e) => {
          const field = e.currentTarget;
          const selected = (field.selectionEnd ?? 0) - (field.selectionStart ?? 0);
          if (field.value.length - selected + e.clipboardData.getData('text').length > MAX_RESUME_NAME_CHARS) setCut(true);
        }}
      />
      <small id={hint} className={`tpmkl-field-hint ${cut ? 'tpmkl-field-hint--warn' : ''}`} aria-live="polite">
        {cut
          ? `Names are at most ${MAX_RESUME_NAME_CHARS} characters: the pasted name was cut to fit.`
          : left <= 20
            ? `${left} of ${MAX_RESUME_NAME_CHARS} characters left.`
            : `Up to ${MAX_RESUME_NAME_CHARS} characters.`}
      </small>
    </>
  );
}

/** A file's name as a resume's name, within the limit; `cut` says whether it had to be shortened. */
export function nameFromFile(fileName: string): { name: string; cut: boolean } {
  const base = fileName.replace(/\.[^.]+$/, '').trim() || 'My resume';
  return base.length > MAX_RESUME_NAME_CHARS ? { name: `${base.slice(0, MAX_RESUME_NAME_CHARS - 1).trimEnd()}…`, cut: true } : { name: base, cut: false };
}
