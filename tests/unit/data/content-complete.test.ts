import { describe, expect, it } from 'vitest';
import { NO_BOUNCING } from '../../../data/common-cautions';
import type { Stretch } from '../../../data/stretch-types';
import { stretches } from '../../../data/stretches';
import { stretchById } from '../stretch-by-id';
import { entryProblems, RULE_NAMES } from './content-rules';

const byId = new Map(stretches.map((entry) => [entry.id, entry]));

/** Entries with no easier or harder version in the library, and why. */
const LEFT_UNLINKED: Readonly<Record<string, string>> = {
  'foam-roll-outer-quad': 'the only release move: the library has no other version of it',
  'leg-swings-front-back': 'a moving warm-up; the warm-ups differ in direction, not difficulty',
  'leg-swings-side': 'a moving warm-up; the warm-ups differ in direction, not difficulty',
  'hip-circles': 'a moving warm-up; the warm-ups differ in direction, not difficulty',
};

function entry(id: string): Stretch {
  const found = stretchById(id);
  if (!found) throw new Error(`no entry ${id}`);
  return found;
}

describe('the content test', () => {
  it('finds every entry complete', () => {
    expect(stretches.flatMap((e) => entryProblems(e, byId))).toEqual([]);
  });

  it('links every entry to an easier or a harder version, except the few with none', () => {
    const unlinked = stretches.filter((e) => e.easier === undefined && e.harder === undefined);
    expect(unlinked.map((e) => e.id).sort()).toEqual(Object.keys(LEFT_UNLINKED).sort());
  });

  // Each broken copy must be caught by the rule named: the test above can fail.
  const pigeon = entry('pigeon');
  const clamshell = entry('clamshell');
  const glueBridge = entry('glute-bridge');
  const broken: [string, string, Stretch][] = [
    ['focus', 'no focus area', { ...pigeon, focus: [] as never }],
    ['focus', 'an unknown focus area', { ...pigeon, focus: ['elbows' as never] }],
    ['position', 'an unknown position', { ...pigeon, position: 'bed' as never }],
    ['equipment', 'no equipment list', { ...pigeon, equipment: undefined as never }],
    ['equipment', 'a floor entry without a mat', { ...pigeon, equipment: ['none'] }],
    ['equipment', 'listed kit never used', { ...pigeon, equipment: ['mat', 'weights'] }],
    [
      'equipment',
      'steps needing unlisted kit',
      { ...clamshell, steps: [...clamshell.steps.slice(0, 3), 'Loop a band above the knees.'] },
    ],
    ['dose', 'no dose', { ...pigeon, dose: undefined as never }],
    ['dose', 'a hold far too long', { ...pigeon, dose: { type: 'hold', seconds: 600 } }],
    ['steps', 'one step only', { ...pigeon, steps: ['Do the pigeon.'] }],
    ['cues', 'no cues', { ...pigeon, cues: [] }],
    ['cautions', 'no cautions', { ...glueBridge, cautions: [] }],
    [
      'cautions',
      'a static stretch that may bounce',
      { ...pigeon, cautions: pigeon.cautions.filter((c) => c !== NO_BOUNCING) },
    ],
    ['contraindications', 'no tag list', { ...pigeon, contraindications: undefined as never }],
    ['contraindications', 'an unknown tag', { ...pigeon, contraindications: ['gout' as never] }],
    ['sides', 'two-sided with no side defined', { ...pigeon, id: 'pigeon-without-figure' }],
    ['sides', 'a both-sides entry given a side', { ...glueBridge, sides: 'each' }],
    ['sides', 'neither each nor both', { ...glueBridge, sides: 'left' as never }],
    ['links', 'a link to nothing', { ...pigeon, easier: 'flying-pigeon' }],
    ['links', 'a link not returned', { ...pigeon, easier: 'corkscrew' }],
    ['source', 'an unknown source', { ...pigeon, source: ['A blog post'] }],
    ['source', 'an unmarked note', { ...pigeon, practiceNote: 'Partly invented.' }],
    ['source', 'no source list', { ...pigeon, source: undefined as never }],
  ];

  it.each(broken)('catches an entry with broken %s: %s', (rule, _what, copy) => {
    const problems = entryProblems(copy, new Map([...byId, [copy.id, copy]]));
    expect(problems.some((p) => p.startsWith(`${copy.id} (${rule}):`))).toBe(true);
  });

  it('catches side definitions that name no side, or one on a both-sides entry', () => {
    const pigeonSays = (words: string) => (id: string) => (id === 'pigeon' ? words : undefined);
    const vague = entryProblems(pigeon, byId, pigeonSays('Right side: one leg forward.'));
    expect(vague.some((p) => p.startsWith('pigeon (sides):'))).toBe(true);
    const bridgeSays = (id: string) => (id === 'glute-bridge' ? 'Right side: right.' : undefined);
    const onBoth = entryProblems(glueBridge, byId, bridgeSays);
    expect(onBoth.some((p) => p.startsWith('glute-bridge (sides):'))).toBe(true);
  });

  it('has a broken example for every rule it applies', () => {
    const tested = new Set(broken.map(([rule]) => rule));
    expect(
      RULE_NAMES.filter((rule) => !tested.has(rule) && !['kind', 'muscles'].includes(rule)),
    ).toEqual([]);
  });
});
