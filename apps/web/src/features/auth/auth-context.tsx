import { createContext, use, useCallback, useEffect, useMemo, useState, type ReactNode } from 'react';
import { authEndpoints, type AuthUser, type LoginRequest, type SessionResponse } from '@digihjaelp/contract';
import { useQueryClient } from '@tanstack/react-query';
import { ApiError, onSessionExpired, request, setCsrfToken } from '../../api';

/** Why the user is signed out, so the login page can say so. */
export type SignedOutReason = 'logout' | 'session-ended';

export type AuthState =
  | { status: 'loading' }
  | { status: 'signed-out'; reason?: SignedOutReason }
  | { status: 'signed-in'; user: AuthUser };

interface AuthContextValue {
  state: AuthState;
  login: (credentials: LoginRequest) => Promise<void>;
  logout: () => Promise<void>;
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
    request(authEndpoints.me, { signal: controller.signal }).then(signIn, () => {
      // Any failure (401 or no connection) shows the login page, which reports its own errors.
      if (!controller.signal.aborted) signOut();
    });
    return () => {
      controller.abort();
      onSessionExpired(undefined);
    };
  }, [signIn, signOut, queryClient]);

  const login = useCallback(
    async (credentials: LoginRequest) => signIn(await request(authEndpoints.login, { body: credentials })),
    [signIn],
  );

  const logout = useCallback(async () => {
    try {
      await request(authEndpoints.logout);
    } catch (error) {
      // Already signed out on the server is as good as a successful logout.
      if (!(error instanceof ApiError && error.code === 'unauthorized')) throw error;
    }
    signOut('logout');
  }, [signOut]);

  const value = useMemo(() => ({ state, login, logout }), [state, login, logout]);
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
