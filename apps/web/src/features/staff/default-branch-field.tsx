import type { ComponentProps } from 'react';
import { useTranslation } from 'react-i18next';
import { activeOptions, useBranches } from '../../queries/reference-data';
import { useLocale } from '../../i18n/use-locale';
import { SelectField } from '../../ui/select-field';

type DefaultBranchFieldProps = Omit<ComponentProps<typeof SelectField>, 'label' | 'options' | 'hint'> & {
  /** The account's branch now: offered even if it has since closed. */
  current?: string;
};

/** Where a staff member usually works: the counter screen starts there. Empty: no default. */
export function DefaultBranchField({ current, ...props }: DefaultBranchFieldProps) {
  const { t } = useTranslation();
  const locale = useLocale();
  const branches = useBranches();
  const options = activeOptions(branches.data ?? [], locale, current);
  return (
    <SelectField
      label={t('staff.defaultBranch')}
      hint={t('staff.defaultBranchHint')}
      options={[{ value: '', label: t('staff.noDefaultBranch') }, ...options]}
      {...props}
    />
  );
}
