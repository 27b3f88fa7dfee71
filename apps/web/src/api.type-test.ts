/**
 * A compile-time test of the typed client: `tsc -p apps/web` (part of `npm test`) fails when a
 * line marked `@ts-expect-error` type-checks, so a missing, mistyped or needless path param can
 * never reach a request. Nothing here runs.
 */
import { caseRoutes, type guideRoutes, type triageRoutes } from '@digihjaelp/contract';
import { request, type RequestOptions } from './api';

type RevisionOptions = RequestOptions<typeof guideRoutes.revision>;

({ params: { slug: 'glemt-kode', number: 3 } }) satisfies RevisionOptions;
({ params: { categoryKey: 'mitid-login', version: 12 } }) satisfies RequestOptions<typeof triageRoutes.version>;

// @ts-expect-error the slug is missing
({ params: { number: 3 } }) satisfies RevisionOptions;
// @ts-expect-error a revision number is a number, not text
({ params: { slug: 'glemt-kode', number: '3' } }) satisfies RevisionOptions;
// @ts-expect-error a placeholder the path does not have
({ params: { slug: 'glemt-kode', number: 3, id: 'x' } }) satisfies RevisionOptions;
// @ts-expect-error an endpoint without placeholders takes no params
({ params: { id: 'x' } }) satisfies RequestOptions<typeof caseRoutes.list>;

// @ts-expect-error an endpoint with placeholders cannot be called without them
void (() => request(caseRoutes.get));
// @ts-expect-error nor with the body but no params
void (() => request(caseRoutes.update, { body: { version: 1, minutes: 5 } }));
void (() => request(caseRoutes.update, { params: { id: 'x' }, body: { version: 1, minutes: 5 } }));
