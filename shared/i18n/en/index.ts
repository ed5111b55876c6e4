import { appMessages } from './app';
import { archiveMessages } from './archive';
import { assembliesMessages } from './assemblies';
import { confirmationMessages } from './confirmations';
import { convocationMessages } from './convocation';
import { membershipMessages } from './membership';
import { minutesMessages } from './minutes';
import { refusalsEn } from './refusals';
import { registerMessages } from './register';
import { roomMessages } from './room';
import { secretBallotsMessages } from './secretBallots';
import { serviceMessages } from './service';
import { validationMessages } from './validation';
import { votingMessages } from './voting';

/**
 * The interface messages in English. This is the reference catalogue: every other language
 * must have exactly these keys (see `Messages` in ../languages), area by area: each module here
 * has its namesake in every other language's folder. Plural keys end in `_one` / `_other`
 * (i18next picks one from `count`); `{{name}}` is an interpolated value.
 */
export const en = {
  ...appMessages,
  /** The shared schemas' own messages (./validation: the client reads them alone). */
  validation: validationMessages,
  /** The server's refusals (shared/refusals.ts), worded from their code and parameters. */
  refusal: refusalsEn,
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
} as const;
