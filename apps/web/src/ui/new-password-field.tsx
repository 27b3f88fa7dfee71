import type { ComponentProps } from 'react';
import { TextField } from './text-field';

/** A field for choosing a new password: masked, and marked so password managers offer to generate one. */
export function NewPasswordField(props: Omit<ComponentProps<typeof TextField>, 'type' | 'autoComplete'>) {
  return <TextField type="password" autoComplete="new-password" required {...props} />;
}
