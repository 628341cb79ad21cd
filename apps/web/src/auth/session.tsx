import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { api, hasSession, onSessionChange, refreshSession, storeTokens, type TokenPair } from '../api/client';
import type { Role, User } from '../api/types';

interface Session {
  user: User | null;
  /** True while a stored session is being restored after a reload. */
  loading: boolean;
  signIn(login: string, password: string): Promise<User>;
  register(body: { role: Role; fullName: string; email?: string; phone?: string; password: string }): Promise<User>;
  signOut(): Promise<void>;
}

const SessionContext = createContext<Session | null>(null);

export function SessionProvider({ children }: { children: ReactNode }) {
  const [user, setUser] = useState<User | null>(null);
  const [loading, setLoading] = useState(hasSession());
  const queryClient = useQueryClient();

  useEffect(() => {
    if (!hasSession()) return;
    let cancelled = false;
    refreshSession()
      .then((ok) => (ok ? api<User>('/auth/me') : null))
      .then((me) => !cancelled && setUser(me))
      .catch(() => !cancelled && setUser(null))
      .finally(() => !cancelled && setLoading(false));
    return () => {
      cancelled = true;
    };
  }, []);

  useEffect(
    () =>
      onSessionChange((signedIn) => {
        if (!signedIn) setUser(null);
      }),
    [],
  );

  const signIn = useCallback(async (login: string, password: string) => {
    const result = await api<{ user: User; tokens: TokenPair }>('/auth/login', { method: 'POST', body: { login, password } });
    storeTokens(result.tokens);
    setUser(result.user);
    return result.user;
  }, []);

  const register = useCallback<Session['register']>(async (body) => {
    const result = await api<{ user: User; tokens: TokenPair }>('/auth/register', { method: 'POST', body });
    storeTokens(result.tokens);
    setUser(result.user);
    return result.user;
  }, []);

  const signOut = useCallback(async () => {
    const refreshToken = localStorage.getItem('kerjaku.refreshToken');
    await api('/auth/logout', { method: 'POST', body: { refreshToken } }).catch(() => undefined);
    storeTokens(null);
    setUser(null);
    queryClient.clear();
  }, [queryClient]);

  const value = useMemo(() => ({ user, loading, signIn, register, signOut }), [user, loading, signIn, register, signOut]);
  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}

export function useSession(): Session {
  const session = useContext(SessionContext);
  if (!session) throw new Error('useSession outside SessionProvider');
  return session;
}
