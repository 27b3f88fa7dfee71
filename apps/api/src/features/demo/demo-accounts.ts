import type { Role } from '@digihjaelp/contract';

/** Demo mode only; never created outside it. */
export const DEMO_PASSWORD = 'demo';

export const demoAccounts: { username: string; displayName: string; role: Role; defaultBranchKey: string }[] = [
  { username: 'skranke', displayName: 'Sanne Skranke', role: 'counter', defaultBranchKey: 'hovedbiblioteket' },
  { username: 'leder', displayName: 'Lars Leder', role: 'lead', defaultBranchKey: 'hovedbiblioteket' },
  { username: 'admin', displayName: 'Anne Admin', role: 'admin', defaultBranchKey: 'hovedbiblioteket' },
];
