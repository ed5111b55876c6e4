import type { Actor } from '@shared/rules/permissions';
import type { CeremonyStepInput, TrusteesInput } from '@shared/schemas/secretBallots';
import {
  checkCertificate,
  electionPublicKey,
  pedersenTrustees,
  thresholdParameters,
  vinputs as routeVinputs,
} from '@shared/belenios/trustees';
import { signature } from '../auth/actor';
import { durable } from './durable';
import { Refusal } from './refusal';
import type { Context } from '../context';
import type { Ceremony, TrusteeSetup } from '../store/secretVotes';
import { officesHeld, trusteeSetup, trusteeTodo } from '../queries/trustees';
import { assemblyOr404 } from './editAssembly';
import { enqueue } from '../queue/queues';
import { addressedTo } from '../mail/render';

type Stores = Pick<Context, 'assemblies' | 'now' | 'queues' | 'register' | 'replication' | 'secretVotes' | 'statutes'>;

/** The Table chooses the trustees and how many must decrypt together, until one of them has started. */
export async function chooseTrustees(
  ctx: Stores & Pick<Context, 'baseUrl'>,
  actor: Actor,
  assemblyId: string,
  input: TrusteesInput,
): Promise<TrusteeSetup> {
  const assembly = await assemblyOr404(ctx, assemblyId);
  const register = await ctx.register.snapshot();
  const representatives = new Set(register.representatives.values());
  const offices = officesHeld(ctx, register);
  const trustees = input.personIds.map((personId, index) => {
    const person = register.people.find((candidate) => candidate.id === personId);
    if (!person || !representatives.has(personId)) throw new Refusal('trustee_not_representative', { personId });
    return { position: index + 1, personId, name: person.name, office: offices.get(personId) ?? null };
  });
  const setup: TrusteeSetup = { threshold: input.threshold, trustees };
  const saved = await ctx.secretVotes.chooseTrustees(assemblyId, setup, {
    at: ctx.now().toISOString(),
    by: signature(actor),
    action: 'trustees.chosen',
    subject: `assembly:${assemblyId}`,
    before: null,
    after: setup,
  });
  if (saved === 'started') throw new Refusal('trustees_started', {});
  await tellTrustees(
    ctx,
    assembly.id,
    setup.trustees.map((trustee) => trustee.personId),
    'certificate',
  );
  return setup;
}

/**
 * A trustee hands in one step's piece. The server checks it, stores it once, and when every
 * trustee has handed in a step, does its own part: routes the polynomials (step 4), or combines
 * the checked shares into the election key (step 6). Each trustee is told when its turn comes.
 */
export async function submitCeremonyStep(
  ctx: Stores & Pick<Context, 'baseUrl'>,
  actor: Actor,
  assemblyId: string,
  input: CeremonyStepInput,
): Promise<void> {
  await assemblyOr404(ctx, assemblyId);
  let ceremony = await ctx.secretVotes.ceremony(assemblyId);
  const setup = await trusteeSetup(ctx, assemblyId, ceremony);
  const trustee = setup.trustees.find((candidate) => candidate.personId === actor.personId);
  if (!trustee) throw new Refusal('not_a_trustee', {});
  const todo = trusteeTodo(ceremony, setup, trustee.position);
  if (todo?.step !== input.step) {
    const done = { certificate: ceremony.certificates, polynomial: ceremony.polynomials, voutput: ceremony.voutputs }[
      input.step
    ].has(trustee.position);
    throw new Refusal('ceremony_step_not_due', { step: input.step, context: done ? 'done' : 'wait' });
  }
  if (input.step === 'certificate' && !checkCertificate(input.piece))
    throw new Refusal('ceremony_piece_invalid', { step: input.step, problem: 'its signature does not match its keys' });
  const at = ctx.now().toISOString();
  const entry = (action: string, after: unknown) => ({
    at,
    by: signature(actor),
    action,
    subject: `assembly:${assemblyId}`,
    before: null,
    after,
  });
  // The defaults become the setup when the first trustee starts: from then on they are fixed.
  if (!ceremony.setup) await ctx.secretVotes.chooseTrustees(assemblyId, setup, entry('trustees.chosen', setup));
  await ctx.secretVotes.putTrusteePiece(
    assemblyId,
    input.step,
    trustee.position,
    input.piece,
    entry(`trustees.${input.step}`, { position: trustee.position }),
  );
  ceremony = await ctx.secretVotes.ceremony(assemblyId);
  await advanceCeremony(ctx, assemblyId, ceremony, setup, at);
  await durable(ctx);
}

/** The server's part once every trustee has handed in a step (each written once, so a retry is harmless). */
async function advanceCeremony(
  ctx: Stores & Pick<Context, 'baseUrl'>,
  assemblyId: string,
  ceremony: Ceremony,
  setup: TrusteeSetup,
  at: string,
): Promise<void> {
  const all = setup.trustees.length;
  const ordered = (pieces: Map<number, string>) => setup.trustees.map((trustee) => pieces.get(trustee.position) ?? '');
  const entry = (action: string, after: unknown) => ({
    at,
    by: { personId: null, name: 'Agora (key)' },
    action,
    subject: `assembly:${assemblyId}`,
    before: null,
    after,
  });
  const everyone = setup.trustees.map((trustee) => trustee.personId);
  if (ceremony.certificates.size === all && ceremony.polynomials.size === 0) {
    await tellTrustees(ctx, assemblyId, everyone, 'polynomial');
  }
  if (ceremony.polynomials.size === all && !ceremony.vinputs) {
    const certificates = ordered(ceremony.certificates);
    let routed: string[];
    try {
      routed = routeVinputs(certificates, ordered(ceremony.polynomials));
    } catch (error) {
      throw new Refusal('ceremony_piece_invalid', { step: 'polynomial', problem: (error as Error).message });
    }
    if ((await ctx.secretVotes.putVinputs(assemblyId, routed, entry('trustees.routed', {}))) === 'stored')
      await tellTrustees(ctx, assemblyId, everyone, 'voutput');
  }
  if (ceremony.voutputs.size === all && !ceremony.trustees) {
    let trustees: string;
    try {
      trustees = pedersenTrustees(
        thresholdParameters(
          ordered(ceremony.certificates),
          ordered(ceremony.polynomials),
          ordered(ceremony.voutputs),
          setup.threshold,
        ),
      );
    } catch (error) {
      throw new Refusal('ceremony_piece_invalid', { step: 'voutput', problem: (error as Error).message });
    }
    const publicKey = electionPublicKey(trustees).toString();
    await ctx.secretVotes.putKey(assemblyId, trustees, publicKey, entry('trustees.key', { publicKey }));
  }
}

/** E-mails the trustees that a step of theirs is due (one job per person and step: never twice). */
async function tellTrustees(
  ctx: Pick<Context, 'assemblies' | 'baseUrl' | 'queues' | 'register'>,
  assemblyId: string,
  personIds: string[],
  step: 'certificate' | 'polynomial' | 'voutput' | 'decrypt',
  motionId = '',
): Promise<void> {
  const assembly = await ctx.assemblies.get(assemblyId);
  const register = await ctx.register.snapshot();
  for (const personId of personIds) {
    const person = register.people.find((candidate) => candidate.id === personId);
    if (!person || !assembly) continue;
    await enqueue(
      ctx.queues,
      'mail.send',
      {
        ...addressedTo(person),
        template: 'trusteeStep',
        data: {
          name: person.name,
          title: assembly.title,
          step,
          link: `${ctx.baseUrl}/assemblies/${assemblyId}/trustees`,
        },
      },
      { jobId: `trustee-${assemblyId}-${motionId || step}-${personId}` },
    );
  }
}
export { tellTrustees };
