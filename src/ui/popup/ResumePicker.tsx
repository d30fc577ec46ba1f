import { useId } from 'react';
import type { Resume } from '../../storage/schema';

/**
 * Which saved resume to compare with, for this posting only; the default stays as chosen in the options page.
 * A long name is cut with an ellipsis inside the popup's width, and whole in the select's title.
 */
export function ResumePicker({ resumes, chosen, onChoose }: { resumes: Resume[]; chosen?: string; onChoose: (id: string) => void }) {
  const id = useId();
  const chosenName = resumes.find((r) => r.id === chosen)?.name;
  return (
    <p className="tpmkl-picker">
      <label htmlFor={id}>Compare with</label>
      <select id={id} value={chosen} title={chosenName} onChange={(e) => onChoose(e.target.value)}>
        {resumes.map((r) => (
          <option key={r.id} value={r.id} title={r.name}>
            {r.name}
          </option>
        ))}
      </select>
    </p>
  );
}
