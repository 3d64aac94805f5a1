import { NO_BOUNCING } from '../../../data/common-cautions';
import { SOURCE_TITLES } from '../../../data/source-titles';
import {
  CONDITIONS,
  EQUIPMENT,
  FOCUS_AREAS,
  type Gear,
  KINDS,
  POSITIONS,
  type Stretch,
} from '../../../data/stretch-types';
import { FIGURES } from '../figures/figure-specs';

// What makes a library entry complete, as rules the content test applies to every entry. Each
// rule returns the problems it finds, so a failure names the entry and what it lacks.

/** How the steps name each piece of equipment. */
export const GEAR_WORDS: Readonly<Record<Gear, RegExp>> = {
  chair: /\bchair\b/i,
  desk: /\bdesk\b/i,
  wall: /\bwall\b/i,
  box: /\b(box|bench|stair)\b/i,
  band: /\bband\b/i,
  weights: /\b(weights|dumbbells?|barbell)\b/i,
  'foam-roller': /\broller\b/i,
  mat: /\bmat\b/i,
};

// Equipment an office rarely has: the steps may offer it as an option only ("If you have ...").
const SPECIAL_KIT: readonly Gear[] = ['box', 'band', 'weights', 'foam-roller', 'mat'];

const SENTENCE = /^[A-Z‘“].*[.!?]$/;

/** Where an entry's side definition is: its figure's words, shown as the figure's caption. */
export type SideOf = (id: string) => string | undefined;
const figureSide: SideOf = (id) => FIGURES.get(id)?.sideDefinition;

type Rule = (entry: Stretch, byId: ReadonlyMap<string, Stretch>, sideOf: SideOf) => string[];

const when = (broken: boolean, problem: string) => (broken ? [problem] : []);
const listOf = (value: unknown) => (Array.isArray(value) ? (value as unknown[]) : null);

function knownUnique(name: string, value: unknown, allowed: readonly string[], min: number) {
  const list = listOf(value);
  if (list === null) return [`${name} is not a list`];
  return [
    ...when(list.length < min, `${name} has fewer than ${min}`),
    ...when(new Set(list).size !== list.length, `${name} repeats an item`),
    ...list.filter((item) => !allowed.includes(item as string)).map((i) => `${name}: unknown ${i}`),
  ];
}

function sentences(name: string, value: unknown, min: number): string[] {
  const list = listOf(value);
  if (list === null) return [`${name} is not a list`];
  return [
    ...when(list.length < min, `${name} has fewer than ${min}`),
    ...list
      .filter((line) => typeof line !== 'string' || !SENTENCE.test(line) || line.trim() !== line)
      .map((line) => `${name}: not a sentence: ${String(line)}`),
  ];
}

const RULES: Record<string, Rule> = {
  focus: (e) => knownUnique('focus', e.focus, FOCUS_AREAS, 1),
  kind: (e) => when(!KINDS.includes(e.kind), 'kind is unknown'),
  position: (e) => when(!POSITIONS.includes(e.position), 'position is unknown'),
  muscles: (e) => when(!(listOf(e.muscles)?.length ?? 0), 'no muscles named'),
  equipment: (e) => {
    const problems = knownUnique('equipment', e.equipment, EQUIPMENT, 1);
    if (problems.length > 0) return problems;
    const steps = e.steps.join(' ');
    const needed = e.equipment.filter((item) => item !== 'none');
    return [
      ...when(e.equipment.includes('none') && e.equipment.length > 1, '"none" beside equipment'),
      ...when(e.position === 'chair' && !needed.includes('chair'), 'a chair entry without chair'),
      ...when(e.position === 'wall' && !needed.includes('wall'), 'a wall entry without wall'),
      ...when(e.position === 'floor' && !needed.includes('mat'), 'a floor entry without mat'),
      ...needed
        .filter((item) => !GEAR_WORDS[item].test(steps))
        .map((item) => `equipment ${item} is never named in the steps`),
      ...SPECIAL_KIT.filter((item) => !needed.includes(item)).flatMap((item) =>
        e.steps
          .filter((step) => GEAR_WORDS[item].test(step) && !/\bif you have\b/i.test(step))
          .map((step) => `steps need ${item}, which equipment does not list: ${step}`),
      ),
    ];
  },
  dose: (e) => {
    const d = e.dose;
    const whole = (n: unknown, min: number, max: number) =>
      typeof n === 'number' && Number.isInteger(n) && n >= min && n <= max;
    if (d?.type === 'hold') return when(!whole(d.seconds, 15, 90), 'hold outside 15-90 s');
    if (d?.type === 'timed') return when(!whole(d.seconds, 30, 180), 'timed outside 30-180 s');
    if (d?.type === 'reps') {
      const ok = whole(d.sets, 1, 5) && whole(d.reps, 5, 20) && whole(d.restSeconds, 0, 120);
      return when(!ok, 'sets, reps or rest out of range');
    }
    return ['no dose'];
  },
  steps: (e) => sentences('steps', e.steps, 2),
  cues: (e) => sentences('cues', e.cues, 1),
  cautions: (e) => [
    ...sentences('cautions', e.cautions, 1),
    ...when(
      e.dose?.type === 'hold' && !e.cautions?.includes(NO_BOUNCING),
      'a static stretch without "no bouncing"',
    ),
  ],
  contraindications: (e) => knownUnique('contraindications', e.contraindications, CONDITIONS, 0),
  sides: (e, _byId, sideOf) => {
    const words = sideOf(e.id);
    if (e.sides === 'both')
      return when(words !== undefined, 'a side definition on a both-sides entry');
    if (e.sides !== 'each') return ['sides is neither "each" nor "both"'];
    const defined = typeof words === 'string' && /^Right side: .*\bright\b.*\.$/.test(words);
    return when(!defined, 'a two-sided entry without "Right side: ..." in words');
  },
  links: (e, byId) =>
    (['easier', 'harder'] as const).flatMap((way) => {
      const id = e[way];
      if (id === undefined) return [];
      const other = byId.get(id);
      const back = way === 'easier' ? 'harder' : 'easier';
      return [
        ...when(id === e.id, `${way} points at itself`),
        ...when(other === undefined, `${way} points at unknown ${id}`),
        ...when(other !== undefined && other[back] !== e.id, `${id} does not link back`),
      ];
    }),
  source: (e) => {
    const list = listOf(e.source);
    if (list === null) return ['source is not a list'];
    return [
      ...list
        .filter((title) => !SOURCE_TITLES.includes(title as never))
        .map((t) => `unknown source ${t}`),
      ...when(new Set(list).size !== list.length, 'a source is listed twice'),
      // No sources means general practice, which the card says; a note marks a mixed entry.
      ...when(list.length === 0 && e.practiceNote !== undefined, 'a note on a no-source entry'),
      ...when(
        e.practiceNote !== undefined && !/general practice/.test(e.practiceNote),
        'practiceNote does not say what is general practice',
      ),
    ];
  },
};

/** Every problem of one entry, each prefixed by the rule that found it; [] when it is complete. */
export function entryProblems(
  entry: Stretch,
  byId: ReadonlyMap<string, Stretch>,
  sideOf: SideOf = figureSide,
): string[] {
  return Object.entries(RULES).flatMap(([rule, check]) =>
    check(entry, byId, sideOf).map((problem) => `${entry.id} (${rule}): ${problem}`),
  );
}

export const RULE_NAMES = Object.keys(RULES);
