import { describe, expect, it } from 'vitest';
import { KNEE_PAIN_UNDER_LOAD, NO_BOUNCING, SWIVEL_CHAIR } from '../../../data/common-cautions';
import { FOCUS_DESCRIPTIONS } from '../../../data/focus-descriptions';
import { SAFETY_LINE } from '../../../data/safety-line';
import type { Stretch } from '../../../data/stretch-types';
import { stretches } from '../../../data/stretches';
import { FIGURES } from '../figures/figure-specs';
import { stretchById } from '../stretch-by-id';

// One test per fault the content review of issue 17 found, so none can come back unnoticed.

function entry(id: string): Stretch {
  const found = stretchById(id);
  if (!found) throw new Error(`no entry ${id}`);
  return found;
}
const textOf = (e: Stretch) => [e.name, ...e.steps, ...e.cues, ...e.cautions].join(' ');

describe('the fixes of the content review', () => {
  it('defines "right side" in words on every two-sided entry (its figure’s caption)', () => {
    const twoSided = stretches.filter((e) => e.sides === 'each');
    expect(twoSided.length).toBeGreaterThan(20);
    for (const e of twoSided) {
      expect(FIGURES.get(e.id)?.sideDefinition, e.id).toMatch(/^Right side: .*\bright\b.*\.$/);
    }
    expect(FIGURES.get('seated-figure-4')?.sideDefinition).toMatch(/right ankle rests on the left/);
  });

  it('says which leg works in the step-up, on the way up and on the way down', () => {
    const stepUp = entry('step-up');
    expect(FIGURES.get('step-up')?.sideDefinition).toMatch(/right foot steps up first and does/);
    expect(stepUp.steps.join(' ')).toMatch(/working foot/);
    expect(stepUp.steps.join(' ')).toMatch(/Step down .*the working foot first/);
    expect(stepUp.cues.join(' ')).toMatch(/working leg as you rise; the other leg lowers you/);
  });

  it('puts the knee-pain caution on every lunge, the step-up, the squat and the hip thrust', () => {
    const loaded = stretches.filter(
      (e) => /lunge|step-up|sit-to-stand|hip-thrust/.test(e.id) && e.kind === 'strengthen',
    );
    expect(loaded.map((e) => e.id).sort()).toEqual(
      [
        'chair-sit-to-stand',
        'forward-lunge',
        'hip-thrust',
        'lateral-lunge',
        'reverse-lunge',
        'step-up',
      ].sort(),
    );
    for (const e of loaded) expect(e.cautions, e.id).toContain(KNEE_PAIN_UNDER_LOAD);
  });

  it('pads the knees in the pigeon and cues the front knee', () => {
    const pigeon = entry('pigeon');
    expect(pigeon.cautions.join(' ')).toMatch(/pad under the front knee and the back knee/);
    expect(pigeon.cues.join(' ')).toMatch(/Nothing in the front knee itself/);
    expect(pigeon.steps.join(' ')).toMatch(/toes of the front foot up/);
  });

  it('names the gracilis only where a straight knee lets the stretch reach it', () => {
    expect(entry('chair-adductor-stretch').muscles).not.toContain('gracilis');
    expect(entry('butterfly-stretch').muscles).not.toContain('gracilis');
    const withGracilis = stretches.filter((e) => e.muscles.includes('gracilis')).map((e) => e.id);
    expect(withGracilis.sort()).toEqual(['standing-adductor-stretch', 'wide-leg-seated-stretch']);
  });

  it('lists for the hip thrust only what its steps need: the weight is optional', () => {
    const thrust = entry('hip-thrust');
    expect(thrust.equipment).toEqual(['box', 'mat']);
    expect(thrust.steps.join(' ')).toMatch(/Start with body weight alone\. If you have weights/);
  });

  it('warns about swivel chairs on every stretch done sitting sideways on a chair', () => {
    const sideways = stretches.filter(
      (e) => e.position === 'chair' && e.steps.some((s) => /\bsideways\b/.test(s)),
    );
    expect(sideways.map((e) => e.id).sort()).toEqual([
      'chair-hip-flexor-stretch',
      'chair-quad-stretch',
    ]);
    for (const e of sideways) expect(e.cautions, e.id).toContain(SWIVEL_CHAIR);
    expect(SWIVEL_CHAIR).toMatch(/swivel/);
  });

  it('has the standing figure 4 use the wall only, never a desk', () => {
    const figure4 = entry('standing-figure-4');
    expect(figure4.equipment).toEqual(['wall']);
    expect(textOf(figure4)).not.toMatch(/desk/i);
    expect(figure4.steps.join(' ')).toMatch(/wall/);
  });

  it('describes the glutes as the sources do: tight (and weak), not long', () => {
    expect(FOCUS_DESCRIPTIONS.glutes).toMatch(/tight/);
    expect(FOCUS_DESCRIPTIONS.glutes).not.toMatch(/long and|sleepy/);
  });

  it('gives foam rolling its contraindications', () => {
    const roll = entry('foam-roll-outer-quad');
    const cautions = roll.cautions.join(' ');
    for (const word of [
      /bruise/,
      /varicose veins/,
      /blood clot/,
      /blood thinners/,
      /brittle bones/,
    ])
      expect(cautions).toMatch(word);
    expect(roll.contraindications).toEqual(
      expect.arrayContaining(['pregnancy', 'osteoporosis', 'recent-surgery']),
    );
  });

  it('says "no bouncing" on every static stretch', () => {
    const held = stretches.filter((e) => e.dose.type === 'hold');
    expect(held.length).toBeGreaterThan(25);
    for (const e of held) expect(e.cautions, e.id).toContain(NO_BOUNCING);
    expect(NO_BOUNCING).toMatch(/no bouncing/);
  });

  it('shows the standing rule: stop on sharp pain, numbness or tingling', () => {
    expect(SAFETY_LINE).toMatch(/[Ss]top/);
    for (const word of ['sharp pain', 'numbness', 'tingling']) expect(SAFETY_LINE).toContain(word);
  });
});

describe('the contraindication tags follow their rules', () => {
  const tagged = (e: Stretch, condition: string) =>
    (e.contraindications as readonly string[]).includes(condition);

  it('keeps every move lying on the back from pregnancy', () => {
    const onBack = stretches.filter((e) =>
      /\b(Lie face up|Lie on your back)\b/.test(e.steps[0] ?? ''),
    );
    expect(onBack.length).toBeGreaterThanOrEqual(6);
    for (const e of onBack) expect(tagged(e, 'pregnancy'), e.id).toBe(true);
  });

  it('keeps every kneeling move from a knee replacement and from knee pain', () => {
    const kneeling = stretches.filter((e) => e.steps.some((s) => /\bKneel\b/.test(s)));
    expect(kneeling.length).toBeGreaterThanOrEqual(2);
    for (const e of kneeling) {
      expect(tagged(e, 'knee-replacement'), e.id).toBe(true);
      expect(tagged(e, 'knee-pain'), e.id).toBe(true);
    }
  });

  it('keeps every move that crosses the legs from a hip replacement', () => {
    const legsCross =
      /\b[Cc]ross(es|ing)? (one|it|over|behind)\b|\bacross (your body|the other|toward)\b/;
    const crossing = stretches.filter((e) =>
      [FIGURES.get(e.id)?.sideDefinition ?? '', ...e.steps].some((s) => legsCross.test(s)),
    );
    expect(crossing.length).toBeGreaterThanOrEqual(8);
    for (const e of crossing) expect(tagged(e, 'hip-replacement'), e.id).toBe(true);
  });

  it('keeps strengthening, rolling and floor work from recent surgery', () => {
    const demanding = stretches.filter((e) => e.kind !== 'stretch' || e.position === 'floor');
    for (const e of demanding) expect(tagged(e, 'recent-surgery'), e.id).toBe(true);
  });

  it('keeps the lying twists from osteoporosis and back pain', () => {
    for (const id of ['crucifix', 'lying-crossover']) {
      expect(tagged(entry(id), 'osteoporosis'), id).toBe(true);
      expect(tagged(entry(id), 'back-pain'), id).toBe(true);
    }
  });

  it('leaves the gentler knee work the texts recommend for knee pain, with its caution', () => {
    for (const id of ['reverse-lunge', 'step-up', 'chair-sit-to-stand']) {
      expect(tagged(entry(id), 'knee-pain'), id).toBe(false);
    }
    expect(tagged(entry('forward-lunge'), 'knee-pain')).toBe(true);
  });
});

describe('discreet seated moves', () => {
  const seated = stretches.filter(
    (e) => e.kind === 'strengthen' && e.position === 'chair' && e.id.startsWith('seated-'),
  );

  it('offers at least five, needing only the chair', () => {
    expect(seated.length).toBeGreaterThanOrEqual(5);
    for (const e of seated) expect(e.equipment, e.id).toEqual(['chair']);
  });

  it('gives each a dose in sets and reps, cues, and marks what is general practice', () => {
    for (const e of seated) {
      expect(e.dose.type, e.id).toBe('reps');
      expect(e.cues.length, e.id).toBeGreaterThan(0);
      const marked = e.source.length === 0 || /general practice/.test(e.practiceNote ?? '');
      expect(marked, e.id).toBe(true);
    }
  });

  it('includes a glute squeeze, a hip abduction press, marching and a hip-flexor lift', () => {
    for (const id of [
      'seated-glute-squeeze',
      'seated-hip-abduction-press',
      'seated-marching',
      'seated-straight-leg-raise',
    ])
      expect(seated.map((e) => e.id)).toContain(id);
  });
});
