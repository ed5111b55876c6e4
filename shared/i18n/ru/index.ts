import type { en } from '../en';
import { appMessages } from './app';
import { archiveMessages } from './archive';
import { assembliesMessages } from './assemblies';
import type { RussianCatalogue } from './catalogue';
import { confirmationMessages } from './confirmations';
import { convocationMessages } from './convocation';
import { membershipMessages } from './membership';
import { minutesMessages } from './minutes';
import { refusalsRu } from './refusals';
import { registerMessages } from './register';
import { roomMessages } from './room';
import { secretBallotsMessages } from './secretBallots';
import { serviceMessages } from './service';
import { validationMessages } from './validation';
import { votingMessages } from './voting';

/**
 * The interface messages in Russian. Same keys as `en`, module by module, and for every plural
 * key the four Russian forms (`_one`, `_few`, `_many`, `_other`): a `RussianMessages` is also a
 * `Messages`, the extra forms aside.
 */
export type RussianMessages = RussianCatalogue<typeof en>;

export const ru: RussianMessages = {
  ...appMessages,
  validation: validationMessages,
  /** The server's refusals (shared/refusals.ts), worded from their code and parameters. */
  refusal: refusalsRu,
  ...registerMessages,
  ...membershipMessages,
  ...serviceMessages,
  ...assembliesMessages,
  ...convocationMessages,
  ...roomMessages,
  ...votingMessages,
  ...secretBallotsMessages,
  ...archiveMessages,
  ...minutesMessages,
  ...confirmationMessages,
};
