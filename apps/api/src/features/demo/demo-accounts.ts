import type { Role } from '@digihjaelp/contract';

/** Demo mode only; never created outside it. */
export const DEMO_PASSWORD = 'demo';

/** The demo's staff; each works at the first branch of the list (the main library in a fresh installation). */
export const demoAccounts: { username: string; displayName: string; role: Role }[] = [
  { username: 'skranke', displayName: 'Sanne Skranke', role: 'counter' },
  { username: 'leder', displayName: 'Lars Leder', role: 'lead' },
  { username: 'admin', displayName: 'Anne Admin', role: 'admin' },
];
