import { describeDose } from '../data/dose';
import { EQUIPMENT_LABELS, FOCUS_LABELS, KIND_LABELS, POSITION_LABELS } from '../data/labels';
import { describeSources } from '../data/sources';
import type { Dose, Stretch } from '../data/stretch-types';
import { StretchFigure } from './StretchFigure';

interface StretchCardProps {
  stretch: Stretch;
  dose: Dose;
  /** A note when the picker had to look outside the user's filters. */
  notice: string | null;
  /** The side a guided session is on (2 shows the mirror image), and a key that changes as a hold begins. */
  figureSide?: 1 | 2;
  figurePlay?: string | number | null;
}

/** One library entry as the popup shows it: what, where, how, what to feel, and when to stop. */
export function StretchCard({ stretch, dose, notice, figureSide, figurePlay }: StretchCardProps) {
  const equipment = stretch.equipment.filter((item) => item !== 'none');
  return (
    <article class="stretch" aria-labelledby="stretch-name">
      <h2 id="stretch-name">{stretch.name}</h2>
      {notice && <p class="notice">{notice}</p>}
      <StretchFigure id={stretch.id} side={figureSide} playKey={figurePlay} caption />
      <ul class="tags" aria-label="About this exercise">
        {stretch.focus.map((area) => (
          <li key={area} class="tag focus">
            {FOCUS_LABELS[area]}
          </li>
        ))}
        <li class="tag">{POSITION_LABELS[stretch.position]}</li>
        <li class="tag">{KIND_LABELS[stretch.kind]}</li>
        <li class="tag">
          {equipment.length === 0
            ? 'No equipment'
            : equipment.map((item) => EQUIPMENT_LABELS[item]).join(', ')}
        </li>
      </ul>
      <p class="dose">{describeDose(dose, stretch.sides)}</p>
      <ol class="steps">
        {stretch.steps.map((step) => (
          <li key={step}>{step}</li>
        ))}
      </ol>
      {stretch.cues.length > 0 && (
        <div class="cues">
          <h3>What you should feel</h3>
          <ul>
            {stretch.cues.map((cue) => (
              <li key={cue}>{cue}</li>
            ))}
          </ul>
        </div>
      )}
      {stretch.cautions.length > 0 && (
        <div class="cautions">
          <h3>Take care</h3>
          <ul>
            {stretch.cautions.map((caution) => (
              <li key={caution}>{caution}</li>
            ))}
          </ul>
        </div>
      )}
      <p class="sources">{describeSources(stretch.source)}</p>
    </article>
  );
}
