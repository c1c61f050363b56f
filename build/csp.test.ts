import { describe, expect, it } from 'vitest';
import { contentSecurityPolicy, feedOrigin } from './csp';

describe('contentSecurityPolicy', () => {
  it('connects to the app alone when the feed is on its origin', () => {
    for (const feedUrl of [undefined, '/feed/', '/data/homeward/']) {
      expect(contentSecurityPolicy(feedUrl)).toContain("connect-src 'self'; ");
    }
  });

  it('adds the origin of a feed published elsewhere, and nothing of its path', () => {
    expect(contentSecurityPolicy('https://feed.example.org/homeward/')).toContain("connect-src 'self' https://feed.example.org; ");
    expect(contentSecurityPolicy('https://feed.example.org:8443/')).toContain("connect-src 'self' https://feed.example.org:8443; ");
  });

  it('carries frame-ancestors in a header only, since a <meta> cannot', () => {
    expect(contentSecurityPolicy(undefined, 'header')).toMatch(/; frame-ancestors 'none'$/);
    expect(contentSecurityPolicy(undefined, 'meta')).not.toContain('frame-ancestors');
    expect(contentSecurityPolicy(undefined, 'meta')).toMatch(/; form-action 'none'$/);
  });
});

describe('feedOrigin', () => {
  it('refuses a feed over plain http, except on this machine', () => {
    expect(() => feedOrigin('http://feed.example.org/')).toThrow(/must be an https: URL/);
    expect(feedOrigin('http://localhost:4300/feed/')).toBe('http://localhost:4300');
  });

  it('refuses a URL that is not the feed\'s directory', () => {
    expect(() => feedOrigin('https://feed.example.org/homeward')).toThrow(/must end with "\/"/);
    expect(() => feedOrigin('https://[broken/')).toThrow(/not a URL/);
  });
});
