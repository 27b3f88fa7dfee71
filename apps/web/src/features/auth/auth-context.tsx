import { createContext, use, useCallback, useEffect, useMemo, useState, type ReactNode } from 'react';
import { authRoutes, type AuthUser, type LoginRequest, type SessionResponse } from '@digihjaelp/contract';
import { useQueryClient } from '@tanstack/react-query';
import { ApiError, onSessionExpired, request, setCsrfToken } from '../../api';

/** Why the user is signed out, so the login page can say so. */
export type SignedOutReason = 'logout' | 'session-ended';

/**
 * `second-factor` and `enrol`: the password was right, and the login page now asks for the
 * code from the authenticator app, or sets the app up first.
 */
export type AuthState =
  | { status: 'loading' }
  | { status: 'signed-out'; reason?: SignedOutReason }
  | { status: 'second-factor' | 'enrol'; user: AuthUser }
  | { status: 'signed-in'; user: AuthUser };

interface AuthContextValue {
  state: AuthState;
  login: (credentials: LoginRequest) => Promise<void>;
  /** Finishes a login with a code from the app or a recovery code. */
  completeSecondFactor: (code: string) => Promise<void>;
  /** After the authenticator was set up (and the recovery codes were seen), the session is a full one. */
  signIn: (session: SessionResponse) => void;
  logout: () => Promise<void>;
  /** Ends every session of this account; the caller has already asked the server. */
  signedOutEverywhere: (providerLogoutUrl: string | null) => void;
}

/** After single sign-on, logging out continues at the identity provider, which ends its own session too. */
function continueAtProvider(providerLogoutUrl: string | null) {
  if (providerLogoutUrl) window.location.assign(providerLogoutUrl);
}

const AuthContext = createContext<AuthContextValue | undefined>(undefined);

export function AuthProvider({ children }: { children: ReactNode }) {
  const [state, setState] = useState<AuthState>({ status: 'loading' });
  const queryClient = useQueryClient();

  const signIn = useCallback(({ user, csrfToken }: SessionResponse) => {
    setCsrfToken(csrfToken);
    setState({ status: 'signed-in', user });
  }, []);

  // What one person's session loaded is never shown to the next person at the counter.
  const signOut = useCallback(
    (reason?: SignedOutReason) => {
      setCsrfToken(undefined);
      queryClient.clear();
      setState({ status: 'signed-out', reason });
    },
    [queryClient],
  );

  useEffect(() => {
    onSessionExpired(() => {
      setCsrfToken(undefined);
      queryClient.clear();
      setState((current) =>
        current.status === 'signed-in' ? { status: 'signed-out', reason: 'session-ended' } : current,
      );
    });
    const controller = new AbortController();
    // "No one is signed in" comes as an answer, not as a 401 (a failed request in the console).
    request(authRoutes.session, { signal: controller.signal }).then(
      ({ session }) => (session ? signIn(session) : signOut()),
      () => {
        // A failure (no connection) shows the login page, which reports its own errors.
        if (!controller.signal.aborted) signOut();
      },
    );
    return () => {
      controller.abort();
      onSessionExpired(undefined);
    };
  }, [signIn, signOut, queryClient]);

  const login = useCallback(
    async (credentials: LoginRequest) => {
      const { next, ...session } = await request(authRoutes.login, { body: credentials });
      if (next === 'done') return signIn(session);
      setCsrfToken(session.csrfToken);
      setState({ status: next, user: session.user });
    },
    [signIn],
  );

  const completeSecondFactor = useCallback(
    async (code: string) => signIn(await request(authRoutes.secondFactor, { body: { code } })),
    [signIn],
  );

  const logout = useCallback(async () => {
    let providerLogoutUrl: string | null = null;
    try {
      ({ providerLogoutUrl } = await request(authRoutes.logout));
    } catch (error) {
      // Already signed out on the server is as good as a successful logout.
      if (!(error instanceof ApiError && error.code === 'unauthorized')) throw error;
    }
    signOut('logout');
    continueAtProvider(providerLogoutUrl);
  }, [signOut]);

  const signedOutEverywhere = useCallback(
    (providerLogoutUrl: string | null) => {
      signOut('logout');
      continueAtProvider(providerLogoutUrl);
    },
    [signOut],
  );

  const value = useMemo(
    () => ({ state, login, completeSecondFactor, signIn, logout, signedOutEverywhere }),
    [state, login, completeSecondFactor, signIn, logout, signedOutEverywhere],
  );
  return <AuthContext value={value}>{children}</AuthContext>;
}

export function useAuth(): AuthContextValue {
  const value = use(AuthContext);
  if (!value) throw new Error('useAuth must be used inside <AuthProvider>');
  return value;
}

/** The signed-in user; only for components under the `RequireAuth` route guard. */
export function useSignedInUser(): AuthUser {
  const { state } = useAuth();
  if (state.status !== 'signed-in') throw new Error('useSignedInUser used outside a signed-in route');
  return state.user;
}
