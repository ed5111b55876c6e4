import type { Messages } from '@shared/i18n/languages';
import type { Action } from '@shared/rules/permissions';
import { paths } from './paths';

/** Who a menu entry is for: everyone, anyone signed in, or whoever may take an action. */
export type Audience = 'everyone' | 'signed_in' | Action;

export interface NavItem {
  to: string;
  /** The label's key under `nav.` in the catalogues. */
  label: Exclude<keyof Messages['nav'], 'label' | 'menu' | 'closeMenu'>;
  /** Active only on this exact address (the home page would otherwise match everything). */
  end?: boolean;
  audience: Audience;
}

/** The main menu, in order. An entry a person cannot use is left out (the server refuses it anyway). */
export const navItems: NavItem[] = [
  { to: paths.home, label: 'home', end: true, audience: 'everyone' },
  { to: paths.assemblies, label: 'assemblies', audience: 'signed_in' },
  { to: paths.register, label: 'register', audience: 'everyone' },
  { to: paths.admissions, label: 'admissions', audience: 'signed_in' },
  { to: paths.exclusions, label: 'exclusions', audience: 'signed_in' },
  { to: paths.bodies, label: 'bodies', audience: 'signed_in' },
  { to: paths.archive, label: 'archive', audience: 'archive.view' },
  { to: paths.texts, label: 'texts', audience: 'texts.view' },
  { to: paths.people, label: 'people', audience: 'register.edit' },
  { to: paths.dues, label: 'dues', audience: 'dues.view' },
  { to: paths.outbox, label: 'outbox', audience: 'everyone' },
  { to: paths.health, label: 'health', audience: 'everyone' },
];
