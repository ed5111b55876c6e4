import { en } from '../en';
import type { Messages } from '../languages';

export const ru: Messages = en;
