// The URL rules behind the CSP, the offline session and the navigation guard.
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import {
  CONTENT_SECURITY_POLICY,
  isAllowedRequest,
  isAppPage,
  withCsp,
} from '../../../src/main/security/policy';

const rendererDir = '/opt/scholion/out/renderer';
const page = pathToFileURL(join(rendererDir, 'index.html')).href;
const allowed = (url: string, allowDevtools = false) =>
  isAllowedRequest(url, rendererDir, { allowDevtools });

describe('isAllowedRequest', () => {
  it('allows the renderer’s own files and inline images', () => {
    expect(allowed(page)).toBe(true);
    expect(allowed(`${pathToFileURL(rendererDir).href}/assets/fonts/x.woff2`)).toBe(true);
    expect(allowed('data:image/png;base64,AAAA')).toBe(true);
  });

  it('refuses files outside the renderer folder, also through .. and %2e%2e', () => {
    expect(allowed('file:///etc/passwd')).toBe(false);
    expect(allowed(`${pathToFileURL(rendererDir).href}/../main/index.js`)).toBe(false);
    expect(allowed(`${pathToFileURL(rendererDir).href}/%2e%2e/main/index.js`)).toBe(false);
    expect(allowed('file:///opt/scholion/out/renderer-evil/x.js')).toBe(false);
  });

  it('refuses the network and unknown schemes', () => {
    for (const url of ['https://a.b/', 'http://127.0.0.1/', 'wss://a.b', 'blob:x', 'not a url'])
      expect(allowed(url), url).toBe(false);
  });

  it('allows devtools only when asked', () => {
    expect(allowed('devtools://devtools/bundled/inspector.html')).toBe(false);
    expect(allowed('devtools://devtools/bundled/inspector.html', true)).toBe(true);
  });
});

describe('isAppPage', () => {
  it('accepts the app page with any route, nothing else', () => {
    expect(isAppPage(`${page}#/claims?work=x`, page)).toBe(true);
    expect(isAppPage(page.replace('index.html', 'other.html'), page)).toBe(false);
    expect(isAppPage('https://example.org/index.html', page)).toBe(false);
  });
});

describe('the CSP', () => {
  it('allows nothing remote and nothing inline', () => {
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/unsafe-|https?:|\*|ws:/);
    for (const d of [
      "default-src 'none'",
      "script-src 'self'",
      "object-src 'none'",
      "connect-src 'none'",
    ])
      expect(CONTENT_SECURITY_POLICY).toContain(d);
  });

  it('replaces whatever CSP a response carried, keeping other headers', () => {
    const out = withCsp({
      'Content-Type': 'text/html',
      'content-security-policy': ['default-src *'],
    });
    expect(out).toEqual({
      'Content-Type': ['text/html'],
      'Content-Security-Policy': [CONTENT_SECURITY_POLICY],
    });
    expect(withCsp(undefined)).toEqual({ 'Content-Security-Policy': [CONTENT_SECURITY_POLICY] });
  });
});
