/**
 * Who may talk to the server. It listens on 127.0.0.1 only, and on top of that:
 * - the Host header must be 127.0.0.1:<port>, so a web page that rebinds its own domain
 *   name to 127.0.0.1 (DNS rebinding) is refused;
 * - every request carries the random token printed with the address, in the query the
 *   first time and in a cookie after that;
 * - every state-changing request also carries it in a header a cross-site form or
 *   image cannot set (CSRF), and an Origin, when sent, must be the page's own.
 */
import { randomBytes, timingSafeEqual } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { MESSAGES } from './text.js';

const TOKEN_HEADER = 'x-ketnghia-token';

export function newToken(): string {
  return randomBytes(24).toString('base64url');
}

/** Cookies are shared by every port of a host: the port is part of the name. */
function cookieName(port: number): string {
  return `ketnghia_${port}`;
}

function same(a: string | undefined, b: string): boolean {
  if (a === undefined) return false;
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

function cookie(req: IncomingMessage, name: string): string | undefined {
  for (const part of (req.headers.cookie ?? '').split(';')) {
    const [key, ...value] = part.trim().split('=');
    if (key === name) return value.join('=');
  }
  return undefined;
}

export type Verdict =
  | { readonly ok: true }
  /** The token came in the query: set the cookie and send the browser to the same page without it. */
  | { readonly ok: 'redirect'; readonly location: string }
  | { readonly ok: false; readonly status: number; readonly message: string };

export function admit(req: IncomingMessage, url: URL, token: string, port: number): Verdict {
  if (req.headers.host !== `127.0.0.1:${port}`) return { ok: false, status: 421, message: MESSAGES.wrongHost };
  const fromQuery = url.searchParams.get('token') ?? undefined;
  const method = req.method ?? 'GET';
  if (method === 'GET' && same(fromQuery, token)) {
    url.searchParams.delete('token');
    return { ok: 'redirect', location: url.pathname + url.search };
  }
  if (!same(cookie(req, cookieName(port)), token)) return { ok: false, status: 403, message: MESSAGES.noToken };
  if (method !== 'GET' && method !== 'HEAD') {
    const header = req.headers[TOKEN_HEADER];
    if (!same(typeof header === 'string' ? header : undefined, token)) return { ok: false, status: 403, message: MESSAGES.noCsrf };
    const origin = req.headers.origin;
    if (origin !== undefined && origin !== `http://127.0.0.1:${port}`) return { ok: false, status: 403, message: MESSAGES.badOrigin };
  }
  return { ok: true };
}

export function setTokenCookie(res: ServerResponse, token: string, port: number): void {
  res.setHeader('Set-Cookie', `${cookieName(port)}=${token}; Path=/; HttpOnly; SameSite=Strict`);
}

/** Sent with every response: nothing from elsewhere, no framing, no sniffing, no caching. */
export function securityHeaders(res: ServerResponse): void {
  res.setHeader(
    'Content-Security-Policy',
    "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; font-src 'self'; form-action 'none'; base-uri 'none'; frame-ancestors 'none'",
  );
  res.setHeader('X-Content-Type-Options', 'nosniff');
  res.setHeader('Referrer-Policy', 'no-referrer');
  res.setHeader('X-Frame-Options', 'DENY');
  res.setHeader('Cross-Origin-Resource-Policy', 'same-origin');
  res.setHeader('Cross-Origin-Opener-Policy', 'same-origin');
  res.setHeader('Cache-Control', 'no-store');
}
