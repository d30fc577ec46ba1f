import { useId } from 'react';
import type { Resume } from '../../storage/schema';

/** Which saved resume to compare with, for this posting only; the default stays as chosen in the options page. */
export function ResumePicker({ resumes, chosen, onChoose }: { resumes: Resume[]; chosen?: string; onChoose: (id: string) => void }) {
  const id = useId();
  return (
    <p className="tpmkl-picker">
      <label htmlFor={id}>Compare with</label>{' '}
      <select id={id} value={chosen} onChange={(e) => onChoose(e.target.value)}>
        {resumes.map((r) => (
          <option key={r.id} value={r.id}>
            {r.name}
          </option>
        ))}
      </select>
    </p>
  );
}
