import type { Messages } from '../languages';
import { appMessages } from './app';
import { archiveMessages } from './archive';
import { assembliesMessages } from './assemblies';
import { confirmationMessages } from './confirmations';
import { convocationMessages } from './convocation';
import { membershipMessages } from './membership';
import { minutesMessages } from './minutes';
import { refusalsPt } from './refusals';
import { registerMessages } from './register';
import { roomMessages } from './room';
import { secretBallotsMessages } from './secretBallots';
import { serviceMessages } from './service';
import { validationMessages } from './validation';
import { votingMessages } from './voting';

/** The interface messages in Portuguese (Portugal and Cape Verde). Same keys as `en`, module by module. */
export const pt: Messages = {
  ...appMessages,
  validation: validationMessages,
  /** The server's refusals (shared/refusals.ts), worded from their code and parameters. */
  refusal: refusalsPt,
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
