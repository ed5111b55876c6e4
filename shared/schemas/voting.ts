import { z } from 'zod';
import { lineText, multilineText } from './typedText';
import { agendaItemInputSchema } from './assembly';
import { ballotChoiceSchema } from './ballot';
import { motionKindSchema, type MotionKind } from './motion';
import { textAmendedBy } from '../rules/textChanges';
import { amendedTextSchema } from './texts';
import type { MotionResult } from '../rules/tally';

const itemRef = z.string().regex(/^i[A-Za-z0-9]{4,20}$/, { error: 'Choose the agenda item' });

/** What a motion to change the agenda on the day proposes (R.7, extraordinary assemblies). */
export const agendaChangeSchema = z.discriminatedUnion(
  'action',
  [
    z.object({ action: z.literal('add'), item: agendaItemInputSchema }),
    z.object({ action: z.literal('drop'), itemId: itemRef }),
    z.object({ action: z.literal('move'), itemId: itemRef, to: z.number().int().min(0).max(200) }),
  ],
  { error: 'Say whether the motion adds, drops or moves an item' },
);
export type AgendaChange = z.infer<typeof agendaChangeSchema>;

/** The Table opens a vote on an agenda item (R.6, R.7). */
export const openMotionInputSchema = z
  .object({
    itemId: z.string().regex(/^i[A-Za-z0-9]{4,20}$/, { error: 'Choose the agenda item' }),
    kind: motionKindSchema.refine((kind) => kind !== 'election', {
      error: 'Elections are opened from the candidacies',
    }),
    title: lineText().min(3, { error: 'Give the motion a title' }).max(200),
    text: multilineText().min(1, { error: 'Give the text put to the vote' }).max(20_000),
    secret: z.boolean({ error: 'Say whether the ballot is secret' }),
    subjectMemberNo: z.number().int().positive().nullable().default(null),
    agendaChange: agendaChangeSchema.nullable().default(null),
    /** For a statute or rules change: the full text as it will read once adopted (S.12, R.12). */
    amendedText: amendedTextSchema.nullable().default(null),
  })
  .refine(
    (motion) => (motion.kind === 'admission' || motion.kind === 'exclusion') === (motion.subjectMemberNo !== null),
    {
      error: 'Name the member concerned for an admission or an exclusion, and only then',
      path: ['subjectMemberNo'],
    },
  )
  .refine((motion) => (motion.kind === 'agenda_change') === (motion.agendaChange !== null), {
    error: 'Say how the agenda changes for an agenda change, and only then',
    path: ['agendaChange'],
  })
  .refine((motion) => motion.amendedText === null || textAmendedBy[motion.kind] !== undefined, {
    error: 'Only a statute or rules change carries a new text',
    path: ['amendedText'],
  });
export type OpenMotionInput = z.infer<typeof openMotionInputSchema>;

/** The votes of several members in one action, one each (R.7: a holder of many votes). */
export function ballotsOf<T extends z.ZodRawShape>(vote: T) {
  return z
    .array(z.object({ memberNo: z.number().int().positive(), ...vote }), { error: 'Give at least one vote' })
    .min(1, { error: 'Give at least one vote' })
    .max(500)
    .refine(
      (ballots) => new Set(ballots.map((ballot) => (ballot as { memberNo: number }).memberNo)).size === ballots.length,
      { error: 'One vote per member in one action' },
    );
}

/** One action casts the votes of several members: alike, or split. */
export const castBallotsInputSchema = z.object({ ballots: ballotsOf({ choice: ballotChoiceSchema }) });
export type CastBallotsInput = z.infer<typeof castBallotsInputSchema>;

/** A motion put to the vote. Results stay hidden until the close (no bandwagon). */
export interface Motion {
  id: string;
  assemblyId: string;
  itemId: string;
  kind: Exclude<MotionKind, 'election'>;
  title: string;
  text: string;
  /** Secret: who voted is kept apart from what was voted, and a ballot is final. */
  secret: boolean;
  subjectMemberNo: number | null;
  /** For an agenda change: what it does to the agenda once adopted. */
  agendaChange?: AgendaChange | null;
  /** For a statute or rules change: the full new text, stored as the next version once adopted. */
  amendedText?: string | null;
  openedAt: string;
  openedBy: string;
  /** Set when the Table closed the vote before the room's close (an agenda change must be decided on the day). */
  closedAt?: string | null;
}

/** The stored outcome of a motion at the close, with every figure, and the receipts counted. */
export interface MotionTally {
  motionId: string;
  talliedAt: string;
  result: MotionResult;
  /** Hashes of every receipt counted, in order, each chained to the previous one. */
  receipts: string[];
  chainHead: string;
}

/** What a person is given for each vote cast: a code to check later that it was counted. */
export interface BallotReceipt {
  memberNo: number;
  castAs: 'own' | 'proxy';
  receipt: string;
}
