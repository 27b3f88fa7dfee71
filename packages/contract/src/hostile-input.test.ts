import { updateCaseRequestSchema } from './cases';
import { loginRequestSchema } from './auth';
import { hasUnstorableCharacters } from './common';
import { flowVersionParamsSchema } from './triage';
import { statsFilterQuerySchema } from './stats';
import { updateGuideRequestSchema } from './guides';

/* What reached PostgreSQL (or crashed a refinement) and answered 500 before the shared schemas refused it. */

describe('the shared text, number and date schemas', () => {
  it('refuse U+0000 and lone surrogates, and accept every whole character (emoji included)', () => {
    for (const text of ['leder\u0000', '\ud800', 'a\udfffb', '\udc00\ud800'])
      expect(loginRequestSchema.safeParse({ username: text, password: 'x' }).success).toBe(false);
    expect(hasUnstorableCharacters('Æbleskiver 💥 og ﬀ')).toBe(false);
    expect(loginRequestSchema.safeParse({ username: 'leder 💥', password: 'x' }).success).toBe(true);
  });

  it('refuse whole numbers past PostgreSQL integer, in bodies and path parameters', () => {
    expect(updateCaseRequestSchema.safeParse({ version: 2_147_483_648, minutes: 5 }).success).toBe(false);
    expect(updateCaseRequestSchema.safeParse({ version: 2_147_483_647, minutes: 5 }).success).toBe(true);
    expect(flowVersionParamsSchema.safeParse({ categoryKey: 'other', version: '2147483648' }).success).toBe(false);
  });

  it('refuse days that do not exist or that PostgreSQL cannot hold', () => {
    const guide = { title: 't', summary: 's', body: '', categoryKey: 'other', audience: 'staff', version: 1 };
    for (const reviewBy of ['2027-02-30', '0000-01-01', '2027-13-01'])
      expect(updateGuideRequestSchema.safeParse({ ...guide, reviewBy }).success).toBe(false);
    expect(updateGuideRequestSchema.safeParse({ ...guide, reviewBy: '2027-02-28' }).success).toBe(true);
  });

  it('a statistics range of unparsable days is a validation error naming both, not a crash', () => {
    const result = statsFilterQuerySchema.safeParse({ from: 'x', to: 'y' });
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((issue) => issue.path.join('.'))).toEqual(expect.arrayContaining(['from', 'to']));
    expect(statsFilterQuerySchema.safeParse({ from: '..%2f', to: '2000-01-01' }).success).toBe(false);
  });
});
