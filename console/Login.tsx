import { useState } from 'preact/hooks';
import type { AgentProfile } from '../worker/protocol';
import { ApiFailure, login } from './api';

export function Login({
  onLoggedIn,
  notice,
}: {
  onLoggedIn: (me: AgentProfile) => void;
  notice: string | null;
}) {
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const submit = async (e: Event) => {
    e.preventDefault();
    if (busy) return;
    setBusy(true);
    setError(null);
    try {
      onLoggedIn(await login({ email: email.trim(), password }));
    } catch (err) {
      setError(err instanceof ApiFailure ? err.message : 'Could not log in.');
      setBusy(false);
    }
  };

  return (
    <main class="login">
      <form class="login-card" onSubmit={submit} aria-labelledby="login-title">
        <div class="brand">
          <span class="brand-mark" aria-hidden="true">
            B
          </span>
          Baton
        </div>
        <h1 id="login-title">Sign in to your inbox</h1>
        {notice && !error && <p class="login-notice">{notice}</p>}
        <label class="field">
          <span>Email</span>
          <input
            data-testid="login-email"
            type="email"
            name="email"
            autoComplete="username"
            required
            autoFocus
            value={email}
            onInput={(e) => setEmail(e.currentTarget.value)}
          />
        </label>
        <label class="field">
          <span>Password</span>
          <input
            data-testid="login-password"
            type="password"
            name="password"
            autoComplete="current-password"
            required
            value={password}
            onInput={(e) => setPassword(e.currentTarget.value)}
          />
        </label>
        {error && (
          <p class="form-error" role="alert" data-testid="login-error">
            {error}
          </p>
        )}
        <button class="btn btn-primary btn-block" type="submit" data-testid="login-submit" disabled={busy}>
          {busy ? 'Signing in…' : 'Sign in'}
        </button>
      </form>
    </main>
  );
}
