import type { StaffAccount } from '@digihjaelp/contract';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../ui/button';
import { Status } from '../../ui/messages';
import { EditStaffForm } from './edit-staff-form';
import { ResetPasswordForm } from './reset-password-form';
import { StaffAccessToggle } from './staff-access-toggle';

interface ManageStaffAccountProps {
  account: StaffAccount;
  /** After any change was saved, so the list can show it. */
  onChanged: () => void;
  onClose: () => void;
}

/** Everything an admin can change on one account. Mount it with `key={account.id}`. */
export function ManageStaffAccount({ account, onChanged, onClose }: ManageStaffAccountProps) {
  const { t } = useTranslation();
  const headingRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => headingRef.current?.focus(), []);
  const [status, setStatus] = useState<string>();

  const showDone = (message: string) => {
    setStatus(message);
    onChanged();
  };

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
        <EditStaffForm account={account} onSaved={showDone} />
        <StaffAccessToggle account={account} onChanged={showDone} />
        <ResetPasswordForm account={account} onReset={showDone} />
      </div>
    </section>
  );
}
