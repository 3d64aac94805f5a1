// Routines: a break of two to four library entries, one after the other. Each slot lists the
// entries that can fill it, first choice first; a later one stands in when the user's health
// answers, equipment or switched-off entries rule the earlier ones out (core/routine.ts).

export interface Routine {
  /** Stable kebab-case id: it is stored on this device as the user's choice. */
  readonly id: string;
  readonly name: string;
  /** One line on what it is for. */
  readonly about: string;
  readonly slots: readonly (readonly string[])[];
  /** Strength work: it rests 48 hours after, so it is never every break. */
  readonly strength?: true;
}

export const ROUTINES: readonly Routine[] = [
  {
    id: 'desk-hips',
    name: 'Desk hips',
    about:
      'The glutes, then the hip flexors that sitting shortens; at the desk, in about two minutes.',
    slots: [
      ['seated-figure-4', 'standing-figure-4', 'chair-glute-hug'],
      ['chair-hip-flexor-stretch', 'standing-hip-flexor-stretch'],
    ],
  },
  {
    id: 'desk-hips-glutes',
    name: 'Desk hips and glutes',
    about: 'Glutes, hip flexors, outer hip and hamstrings, all at the desk.',
    slots: [
      ['seated-figure-4', 'standing-figure-4'],
      ['chair-hip-flexor-stretch', 'standing-hip-flexor-stretch'],
      ['chair-glute-hug', 'standing-side-bend'],
      ['seated-hamstring-stretch', 'standing-hamstring-stretch'],
    ],
  },
  {
    id: 'floor',
    name: 'Floor routine',
    about: 'On a mat, lying and kneeling: glutes, hip flexors, hamstrings, inner thigh.',
    slots: [
      ['lying-figure-4', 'seated-figure-4'],
      ['kneeling-hip-flexor-stretch', 'standing-hip-flexor-stretch'],
      ['lying-hamstring-stretch', 'seated-hamstring-stretch'],
      ['butterfly-stretch', 'chair-adductor-stretch'],
    ],
  },
  {
    id: 'strength',
    name: 'Strength session',
    strength: true,
    about:
      'A dynamic warm-up, two glute exercises, and a static stretch to cool down, as the texts advise; it rests 48 hours after.',
    slots: [
      ['leg-swings-front-back', 'hip-circles'],
      ['glute-bridge', 'chair-sit-to-stand'],
      ['clamshell', 'standing-hip-abduction'],
      ['lying-figure-4', 'seated-figure-4', 'chair-hip-flexor-stretch'],
    ],
  },
];
