import type { Concept } from '../../src/taxonomy/schema';

/** A practice concept for the frame tests (deverbal and passive frames): the schema's bullets, a label and more. */
export const practiceConcept = (id: string, label: string, more: Partial<Concept> = {}): Concept => ({
  id,
  label,
  category: 'practice',
  bullets: ['Did [something] for [someone]', 'Led [something] for [someone]'],
  ...more,
});
