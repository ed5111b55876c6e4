// How a person's choice becomes what a Belenios ballot encrypts: one 0/1 vector per question.

/**
 * The vector of one question: 1 for the chosen answer, 0 elsewhere; `null` is blank (all zeros),
 * which only a question allowing blank accepts. The answers are the election's, in its order.
 */
export function choiceVector(
  question: { answers: readonly string[]; blank: boolean },
  answer: string | null,
): number[] {
  if (answer === null) {
    if (!question.blank) throw new Error('This question cannot be left blank');
    return question.answers.map(() => 0);
  }
  const index = question.answers.indexOf(answer);
  if (index < 0) throw new Error(`“${answer}” is not an answer of this question`);
  return question.answers.map((_, position) => (position === index ? 1 : 0));
}

/** A motion's choice as the answer of its question ["for", "against"]: abstaining is the blank ballot. */
export function motionAnswer(choice: 'for' | 'against' | 'abstain'): string | null {
  return choice === 'abstain' ? null : choice;
}
