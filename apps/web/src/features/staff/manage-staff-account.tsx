import type { StaffAccount } from '@digihjaelp/contract';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../ui/button';
import { Status } from '../../ui/messages';
import { EditStaffForm } from './edit-staff-form';
import { ResetPasswordForm } from './reset-password-form';
import { SignInHistory } from './sign-in-history';
import { StaffAccessToggle } from './staff-access-toggle';

interface ManageStaffAccountProps {
  account: StaffAccount;
  onClose: () => void;
}

/** Everything an admin can change on one account (the list shows each change). Mount it with `key={account.id}`. */
export function ManageStaffAccount({ account, onClose }: ManageStaffAccountProps) {
  const { t } = useTranslation();
  const headingRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => headingRef.current?.focus(), []);
  const [status, setStatus] = useState<string>();

  return (
    <section className="panel" aria-labelledby="manage-staff-title">
      <div className="panel__header">
        <h2 id="manage-staff-title" ref={headingRef} tabIndex={-1}>
          {t('staff.manageAccount.title', { name: account.displayName })}
        </h2>
        <Button variant="secondary" onClick={onClose}>
          {t('staff.manageAccount.close')}
        </Button>
      </div>
      <Status message={status} />
      <div className="panel__sections">
        <EditStaffForm account={account} onSaved={setStatus} />
        <StaffAccessToggle account={account} onChanged={setStatus} />
        <ResetPasswordForm account={account} onReset={setStatus} />
        <SignInHistory account={account} />
      </div>
    </section>
  );
}
