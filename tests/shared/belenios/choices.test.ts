import { describe, expect, it } from 'vitest';
import { choiceVector, motionAnswer } from '@shared/belenios/choices';

const motion = { answers: ['for', 'against'], blank: true };

describe('a choice as the vector a secret ballot encrypts', () => {
  it.each([
    ['for', [1, 0]],
    ['against', [0, 1]],
    ['abstain', [0, 0]],
  ] as const)('a motion voted %s encrypts %j', (choice, vector) => {
    expect(choiceVector(motion, motionAnswer(choice))).toEqual(vector);
  });

  it('follows the order of the answers the election gives', () => {
    expect(choiceVector({ answers: ['against', 'for'], blank: true }, 'for')).toEqual([0, 1]);
  });

  it('an election round: one candidate among three', () => {
    expect(choiceVector({ answers: ['12', '40', '7'], blank: false }, '40')).toEqual([0, 1, 0]);
  });

  it('refuses a blank where the question has none, and an answer it does not have', () => {
    expect(() => choiceVector({ answers: ['12', '40'], blank: false }, null)).toThrow(/blank/);
    expect(() => choiceVector(motion, 'maybe')).toThrow(/not an answer/);
  });
});
