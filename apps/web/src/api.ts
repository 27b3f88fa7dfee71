import {
  csrfHeader,
  errorCodes,
  errorStatus,
  pathFor,
  type BodyOf,
  type Callable,
  type ErrorCode,
  type FieldIssue,
  type HeadersOf,
  type ParamsOf,
  type QueryOf,
  type ResponseOf,
} from '@digihjaelp/contract';

/** An error answer from the API (or no answer at all), with the server's Danish message. */
export class ApiError extends Error {
  constructor(
    readonly code: ErrorCode,
    /** HTTP status; 0 when the server could not be reached. */
    readonly status: number,
    message: string,
    readonly fieldIssues: readonly FieldIssue[] = [],
  ) {
    super(message);
    this.name = 'ApiError';
  }

  /** The message for one form field (by its path in the request body), if the server named it. */
  fieldMessage(path: string): string | undefined {
    return this.fieldIssues.find((issue) => issue.path === path)?.message;
  }
}

/** `params` (the values of the path's `:name` placeholders, typed by the endpoint) exactly when the path has them. */
type ParamsOption<E extends Callable> =
  ParamsOf<E> extends undefined ? { params?: undefined } : { params: ParamsOf<E> };
/** `body` exactly when the endpoint has one. */
type BodyOption<E extends Callable> = BodyOf<E> extends undefined ? { body?: undefined } : { body: BodyOf<E> };
/** The request headers the endpoint declares (e.g. `Idempotency-Key`), by their lower-case names. */
type HeadersOption<E extends Callable> =
  HeadersOf<E> extends undefined ? { headers?: undefined } : { headers?: HeadersOf<E> };

export type RequestOptions<E extends Callable> = { query?: QueryOf<E>; signal?: AbortSignal } & ParamsOption<E> &
  BodyOption<E> &
  HeadersOption<E>;

/** The options may be left out when the endpoint needs neither params nor a body. */
type RequestArguments<E extends Callable> =
  ParamsOf<E> extends undefined
    ? BodyOf<E> extends undefined
      ? [options?: RequestOptions<E>]
      : [options: RequestOptions<E>]
    : [options: RequestOptions<E>];

/** After a successful write, before its promise resolves: refreshes what the write changed (see `queries/`). */
type WriteListener = (endpoint: Callable, params: object) => Promise<void>;

const session: { csrfToken?: string; onExpired?: () => void; onWrite?: WriteListener } = {};

/** The signed-in session's CSRF token, sent with every state-changing request. */
export function setCsrfToken(token: string | undefined): void {
  session.csrfToken = token;
}

/** Called when the API says the session is gone (expired, or ended elsewhere). */
export function onSessionExpired(listener: (() => void) | undefined): void {
  session.onExpired = listener;
}

/**
 * Called after every successful state-changing request. The caller's `await` waits for it too, so
 * whatever runs next (a status message, a navigation) already sees the refreshed data.
 */
export function onWriteSucceeded(listener: WriteListener | undefined): void {
  session.onWrite = listener;
}

/** The endpoint's path with its placeholders filled in (encoded), and the query string. */
function urlFor(endpoint: Callable, params: object | undefined, query: unknown): string {
  const path = pathFor(endpoint, params);
  const search = new URLSearchParams();
  if (typeof query === 'object' && query !== null) {
    for (const [key, value] of Object.entries(query)) {
      if (value !== undefined) search.set(key, String(value));
    }
  }
  const queryString = search.toString();
  return queryString ? `${path}?${queryString}` : path;
}

/*
 * The error body (the contract's `errorBodySchema`) is checked by hand: zod's code and the
 * schemas would otherwise come with every first visit, for these few fields.
 */
/** For reading parsed JSON by hand: an object (or array) whose fields can be looked at. */
export const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null;
const isErrorCode = (value: unknown): value is ErrorCode => (errorCodes as readonly unknown[]).includes(value);
const isFieldIssue = (value: unknown): value is FieldIssue =>
  isRecord(value) && typeof value.path === 'string' && typeof value.message === 'string';

function fieldIssuesIn(details: unknown): FieldIssue[] {
  const fields = isRecord(details) ? details.fields : undefined;
  return Array.isArray(fields) ? fields.filter(isFieldIssue) : [];
}

async function errorFrom(response: Response): Promise<ApiError> {
  const body: unknown = await response.json().catch(() => undefined);
  const error = isRecord(body) ? body.error : undefined;
  if (isRecord(error) && isErrorCode(error.code) && typeof error.message === 'string') {
    return new ApiError(error.code, response.status, error.message, fieldIssuesIn(error.details));
  }
  // Not our API answering, e.g. a proxy in front of it.
  const code: ErrorCode = response.status === errorStatus.unavailable ? 'unavailable' : 'internal';
  return new ApiError(code, response.status, `Serveren svarede med en fejl (${response.status}). Prøv igen om lidt.`);
}

async function send(url: string, init: RequestInit): Promise<Response> {
  try {
    return await fetch(url, init);
  } catch (error) {
    if (init.signal?.aborted) throw error;
    throw new ApiError('unavailable', 0, 'Der er ingen forbindelse til Digihjælp. Tjek netværket, og prøv igen.');
  }
}

/**
 * A fresh UUID (v4) for an `Idempotency-Key`, also where `crypto.randomUUID` is missing (it
 * needs a secure context; the app may be served over plain http inside the municipality).
 */
export function newIdempotencyKey(): string {
  if (typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  bytes[6] = ((bytes[6] ?? 0) & 0x0f) | 0x40;
  bytes[8] = ((bytes[8] ?? 0) & 0x3f) | 0x80;
  const hex = Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/** Calls one contract endpoint; resolves with its response, or rejects with an `ApiError`. */
export async function request<E extends Callable>(
  endpoint: E,
  ...[options]: RequestArguments<E>
): Promise<ResponseOf<E>> {
  const { query, params, signal, body, headers: declared } = options ?? {};
  const headers: Record<string, string> = { Accept: 'application/json' };
  for (const [name, value] of Object.entries(declared ?? {})) if (typeof value === 'string') headers[name] = value;
  if (body !== undefined) headers['Content-Type'] = 'application/json';
  if (endpoint.method !== 'get' && session.csrfToken) headers[csrfHeader] = session.csrfToken;

  const response = await send(urlFor(endpoint, params, query), {
    method: endpoint.method.toUpperCase(),
    headers,
    body: body === undefined ? undefined : JSON.stringify(body),
    credentials: 'same-origin',
    signal,
  });
  if (!response.ok) {
    const error = await errorFrom(response);
    if (error.code === 'unauthorized') session.onExpired?.();
    throw error;
  }
  const result = (await response.json()) as ResponseOf<E>;
  if (endpoint.method !== 'get') await session.onWrite?.(endpoint, params ?? {});
  return result;
}
