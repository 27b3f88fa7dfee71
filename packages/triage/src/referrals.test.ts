import { findPersonalData } from '@digihjaelp/privacy';
import { referralContacts } from './referrals';

describe('referralContacts', () => {
  it.each(Object.values(referralContacts))('$name: a note may quote the contact the product gave', (referral) => {
    expect(findPersonalData(`Henvist til ${referral.name}. ${referral.contact}`)).toEqual([]);
  });
});
