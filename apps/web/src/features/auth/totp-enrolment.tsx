import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { authRoutes, type SessionResponse, type TotpEnrolmentResponse } from '@digihjaelp/contract';
import { request } from '../../api';
import { Button } from '../../ui/button';
import { Alert, FormError } from '../../ui/messages';
import { TextField } from '../../ui/text-field';
import { useFormValues } from '../../ui/use-form-values';
import { useSubmission } from '../../ui/use-submission';
import './totp-enrolment.css';

interface TotpEnrolmentProps {
  /** After the recovery codes were shown and the user says they are kept. */
  onDone: (session: SessionResponse) => void;
}

/**
 * Setting up an authenticator app: a QR code (and the secret, for typing in by hand), a code
 * from the app to confirm, then the 10 recovery codes, shown this once.
 */
export function TotpEnrolment({ onDone }: TotpEnrolmentProps) {
  const { t } = useTranslation();
  const start = useSubmission();
  const confirm = useSubmission();
  const [enrolment, setEnrolment] = useState<TotpEnrolmentResponse>();
  const [confirmed, setConfirmed] = useState<{ session: SessionResponse; recoveryCodes: string[] }>();
  const { values, bind } = useFormValues({ code: '' }, confirm.error);

  if (confirmed) {
    return (
      <section className="totp-enrolment" aria-labelledby="recovery-codes-title">
        <h2 id="recovery-codes-title">{t('totp.recoveryTitle')}</h2>
        <p>{t('totp.recoveryIntro')}</p>
        <ol className="totp-enrolment__codes">
          {confirmed.recoveryCodes.map((code) => (
            <li key={code}>
              <code>{code}</code>
            </li>
          ))}
        </ol>
        <Button onClick={() => onDone(confirmed.session)}>{t('totp.recoveryDone')}</Button>
      </section>
    );
  }

  if (!enrolment) {
    return (
      <section className="totp-enrolment" aria-labelledby="totp-title">
        <h2 id="totp-title">{t('totp.title')}</h2>
        <p>{t('totp.intro')}</p>
        <Alert message={start.error?.message} />
        <Button
          pending={start.pending}
          onClick={() => void start.run(async () => setEnrolment(await request(authRoutes.startTotpEnrolment)))}
        >
          {t('totp.start')}
        </Button>
      </section>
    );
  }

  const confirmCode = async () => {
    const { recoveryCodes, ...session } = await request(authRoutes.confirmTotpEnrolment, { body: values });
    setConfirmed({ session, recoveryCodes });
  };

  return (
    <section className="totp-enrolment" aria-labelledby="totp-title">
      <h2 id="totp-title">{t('totp.title')}</h2>
      <ol className="totp-enrolment__steps">
        <li>{t('totp.stepApp')}</li>
        <li>
          {t('totp.stepScan')}
          <img className="totp-enrolment__qr" src={enrolment.qrCode} alt={t('totp.qrAlt')} width={200} height={200} />
          <details>
            <summary>{t('totp.manual')}</summary>
            <p>
              <code className="totp-enrolment__secret">{enrolment.secret.replace(/(.{4})/g, '$1 ').trim()}</code>
            </p>
          </details>
        </li>
        <li>
          <form className="form" onSubmit={confirm.onSubmit(confirmCode)}>
            <FormError error={confirm.error} />
            <TextField
              label={t('totp.code')}
              hint={t('totp.codeHint')}
              inputMode="numeric"
              autoComplete="one-time-code"
              required
              {...bind('code')}
            />
            <Button type="submit" pending={confirm.pending}>
              {t('totp.confirm')}
            </Button>
          </form>
        </li>
      </ol>
    </section>
  );
}
