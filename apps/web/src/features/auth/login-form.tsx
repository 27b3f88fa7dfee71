import { useTranslation } from 'react-i18next';
import { Button } from '../../ui/button';
import { FormError } from '../../ui/messages';
import { TextField } from '../../ui/text-field';
import { useFormValues } from '../../ui/use-form-values';
import { useSubmission } from '../../ui/use-submission';
import { useAuth } from './auth-context';

/**
 * On success the auth state changes and the login page sends the user on. Below a single
 * sign-on button the form does not take the focus: the button is what most staff use.
 */
export function LoginForm({ autoFocus = true }: { autoFocus?: boolean }) {
  const { t } = useTranslation();
  const { login } = useAuth();
  const { pending, error, onSubmit } = useSubmission();
  const { values, bind } = useFormValues({ username: '', password: '' }, error);

  return (
    <form className="form" onSubmit={onSubmit(() => login(values))}>
      <FormError error={error} />
      <TextField
        label={t('login.username')}
        autoComplete="username"
        autoCapitalize="none"
        spellCheck={false}
        autoFocus={autoFocus}
        required
        {...bind('username')}
      />
      <TextField
        label={t('login.password')}
        type="password"
        autoComplete="current-password"
        required
        {...bind('password')}
      />
      <Button type="submit" pending={pending}>
        {t('login.submit')}
      </Button>
    </form>
  );
}
