import { useTranslation } from 'react-i18next';
import { Button } from '../../ui/button';
import { FormError } from '../../ui/messages';
import { TextField } from '../../ui/text-field';
import { useFormValues } from '../../ui/use-form-values';
import { useSubmission } from '../../ui/use-submission';
import { useAuth } from './auth-context';

/** The second step of a password login: the code from the app, or a recovery code. */
export function SecondFactorForm() {
  const { t } = useTranslation();
  const { completeSecondFactor } = useAuth();
  const { pending, error, onSubmit } = useSubmission();
  const { values, bind } = useFormValues({ code: '' }, error);

  return (
    <form className="form" onSubmit={onSubmit(() => completeSecondFactor(values.code))}>
      <h2>{t('secondFactor.title')}</h2>
      <p>{t('secondFactor.intro')}</p>
      <FormError error={error} />
      <TextField
        label={t('secondFactor.code')}
        hint={t('secondFactor.codeHint')}
        autoComplete="one-time-code"
        autoCapitalize="none"
        spellCheck={false}
        autoFocus
        required
        {...bind('code')}
      />
      <Button type="submit" pending={pending}>
        {t('secondFactor.submit')}
      </Button>
    </form>
  );
}
