import type { Condition } from './stretch-types';

// The safety screen. The source texts do not cover these conditions, so which entries each one
// rules out is general practice, written for this project from the public guidance named below
// (by title; nothing is copied from it). Each entry's `contraindications` carries the tags.

export interface ConditionInfo {
  /** The choice as the safety screen shows it. */
  readonly label: string;
  /** What it hides, and why, in one or two sentences. */
  readonly hides: string;
  /** Titles of the public guidance the tags follow. */
  readonly guidance: readonly string[];
}

const ACTIVITY_GUIDELINES = 'Physical Activity Guidelines for Americans, 2nd edition (2018)';

export const CONDITION_INFO: Readonly<Record<Condition, ConditionInfo>> = {
  pregnancy: {
    label: 'Pregnant',
    hides:
      'Moves that lie flat on the back or put weight on the belly, deep end-of-range stretches, one-legged balance work and foam rolling: lying on the back presses on a large vein later in pregnancy, joints are looser, and a fall matters more.',
    guidance: [
      'Physical Activity and Exercise During Pregnancy and the Postpartum Period (ACOG Committee Opinion 804)',
      ACTIVITY_GUIDELINES,
    ],
  },
  'hip-replacement': {
    label: 'A hip replacement',
    hides:
      'Moves that cross the legs, bend the hip past a right angle, twist it or take it far back, and rolling on the hip: the positions a new hip is kept out of. Do the exercises your surgeon or physiotherapist gave you instead.',
    guidance: ['Total Hip Replacement Exercise Guide (OrthoInfo, AAOS)'],
  },
  'knee-replacement': {
    label: 'A knee replacement',
    hides:
      'Kneeling, deep knee bends under body weight (lunges, heel-to-seat quad stretches, pigeon) and rolling near the knee.',
    guidance: ['Total Knee Replacement Exercise Guide (OrthoInfo, AAOS)'],
  },
  'recent-surgery': {
    label: 'Surgery in the last few months',
    hides:
      'All strengthening, foam rolling and floor work, leaving gentle stretches in a chair or standing. Ask your surgeon when you may do more.',
    guidance: [ACTIVITY_GUIDELINES],
  },
  osteoporosis: {
    label: 'Osteoporosis',
    hides:
      'Twisting stretches, loaded or deep forward bends, one-legged balance work and foam rolling, which load a fragile spine or risk a fall.',
    guidance: [
      'Strong, Steady and Straight: an expert consensus statement on physical activity and exercise for osteoporosis (Royal Osteoporosis Society)',
    ],
  },
  'hip-pain': {
    label: 'Hip pain at the moment',
    hides:
      'Deep hip stretches that can pinch the front of the hip, one-legged loading and rolling on the hip, until it settles.',
    guidance: ['Osteoarthritis in over 16s: diagnosis and management (NICE guideline NG226)'],
  },
  'knee-pain': {
    label: 'Knee pain at the moment',
    hides:
      'Kneeling, the pigeon and the forward lunge, which load a bent knee most. The texts suggest glute work for knee pain, so the rest stays, each with its knee caution.',
    guidance: ['Osteoarthritis in over 16s: diagnosis and management (NICE guideline NG226)'],
  },
  'back-pain': {
    label: 'Back pain at the moment',
    hides:
      'Twisting stretches, deep forward folds and loaded hinges or thrusts, until it settles. Gentle movement is usually better than rest.',
    guidance: [
      'Low back pain and sciatica in over 16s: assessment and management (NICE guideline NG59)',
    ],
  },
};

/** Says that the tags are general practice, and what they are not. */
export const CONDITIONS_NOTE =
  'Written from general practice, not from the source texts, and no substitute for advice from your doctor or physiotherapist: when in doubt, ask them first. Your answers stay on this device and are never synced.';
