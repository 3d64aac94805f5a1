import { describeDose } from '../data/dose';
import {
  CONDITION_LABELS,
  EQUIPMENT_LABELS,
  FOCUS_LABELS,
  KIND_LABELS,
  POSITION_LABELS,
} from '../data/labels';
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
  /** The id of a heading outside the card that names it (the popup's); else the card has its own. */
  titleId?: string;
}

/**
 * One library entry as the popup shows it: what, where, how, which side is which (the figure's
 * caption), what to feel, when to stop, and who should not do it.
 */
export function StretchCard({
  stretch,
  dose,
  notice,
  figureSide,
  figurePlay,
  titleId,
}: StretchCardProps) {
  const equipment = stretch.equipment.filter((item) => item !== 'none');
  const notFor = stretch.contraindications.map((condition) => CONDITION_LABELS[condition]);
  return (
    <article class="stretch" aria-labelledby={titleId ?? 'stretch-name'}>
      {titleId === undefined && <h2 id="stretch-name">{stretch.name}</h2>}
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
      <div class="cautions">
        <h3>Take care</h3>
        <ul>
          {stretch.cautions.map((caution) => (
            <li key={caution}>{caution}</li>
          ))}
        </ul>
        {notFor.length > 0 && (
          <p class="not-for">
            Not advised with {notFor.join(', ')} (general practice, not the source texts).
          </p>
        )}
      </div>
      <p class="sources">{describeSources(stretch.source, stretch.practiceNote)}</p>
    </article>
  );
}
