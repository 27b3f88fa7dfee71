import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { authRoutes, oidcOutcomes, type OidcOutcome } from '@digihjaelp/contract';
import { Alert } from '../../ui/messages';

const outcomeMessages = {
  'no-access': 'sso.noAccess',
  failed: 'sso.failed',
} as const satisfies Record<OidcOutcome, string>;

const isOutcome = (value: string | null): value is OidcOutcome => oidcOutcomes.some((outcome) => outcome === value);

/**
 * The button to the municipality's identity provider (a plain link: the browser goes there and
 * comes back signed in), and what the provider's answer was when it came back without a sign-in.
 */
export function SingleSignOn({ label, returnTo }: { label: string; returnTo: string }) {
  const { t } = useTranslation();
  const [search] = useSearchParams();
  const outcome = search.get('sso');
  const start = `${authRoutes.oidcStart.path}?${new URLSearchParams({ returnTo })}`;
  return (
    <div className="single-sign-on">
      <Alert message={isOutcome(outcome) ? t(outcomeMessages[outcome]) : undefined} />
      <a className="button button--primary single-sign-on__button" href={start}>
        {label}
      </a>
    </div>
  );
}
