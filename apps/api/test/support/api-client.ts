import request from 'supertest';
import type { Express } from 'express';
import { csrfHeader, pathFor, type Endpoint, type ParamsOf } from '@digihjaelp/contract';

/** The path params by name (a missing or unknown name does not compile); values may be wrong on purpose. */
type ParamValues<E extends Endpoint> =
  ParamsOf<E> extends undefined ? { params?: undefined } : { params: { [Name in keyof ParamsOf<E>]: string | number } };

/**
 * What a test sends: params by the endpoint's names; a query and a body of any shape, since tests
 * also send what the API must refuse; `csrf: false` to leave out the token a browser would send.
 */
export type CallOptions<E extends Endpoint> = ParamValues<E> & {
  query?: Record<string, string | number | boolean | undefined>;
  body?: object | string;
  csrf?: boolean;
};
type CallArguments<E extends Endpoint> =
  ParamsOf<E> extends undefined ? [options?: CallOptions<E>] : [options: CallOptions<E>];

/** Requests one contract endpoint by the contract's method and path; the supertest chain follows. */
export type Call = <E extends Endpoint>(endpoint: E, ...options: CallArguments<E>) => request.Test;

type Requester = ReturnType<typeof request.agent> | ReturnType<typeof request>;

/**
 * The one way integration tests call the API: by contract endpoint, through `requester` (an agent
 * keeping a session cookie, or a bare client), with the session's CSRF token on every
 * state-changing request — as the web app does.
 */
export function contractCall(requester: Requester, csrfToken?: string): Call {
  return (endpoint, ...[options]) => {
    const { params, query, body, csrf = true } = options ?? {};
    const url = pathFor(endpoint, params);
    let test = requester[endpoint.method](url);
    if (query) test = test.query(Object.fromEntries(Object.entries(query).filter(([, value]) => value !== undefined)));
    if (csrf && csrfToken && endpoint.method !== 'get') test = test.set(csrfHeader, csrfToken);
    return body === undefined ? test : test.send(body);
  };
}

/** Calls without a session, as someone who is not logged in. */
export const anonymousCall = (app: Express): Call => contractCall(request(app));
