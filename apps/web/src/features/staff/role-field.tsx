import { roles } from '@digihjaelp/contract';
import type { ComponentProps } from 'react';
import { useTranslation } from 'react-i18next';
import { SelectField } from '../../ui/select-field';

type RoleFieldProps = Omit<ComponentProps<typeof SelectField>, 'label' | 'options'>;

export function RoleField(props: RoleFieldProps) {
  const { t } = useTranslation();
  const options = roles.map((role) => ({ value: role, label: t(`roles.${role}`) }));
  return <SelectField label={t('staff.role')} options={options} {...props} />;
}
