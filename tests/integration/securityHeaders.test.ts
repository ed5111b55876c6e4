import { existsSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import type { AssemblyDocument } from '@shared/schemas/assembly';
import { defaultClientDir } from '../../server/web';
import type { TestClient } from './support';
import { assemblyWithMarkup } from './securityBrowserSupport';

const built = existsSync(`${defaultClientDir}/index.html`);

describe('what a browser receives: headers, cross-site requests and markup', () => {
  const withMarkup = assemblyWithMarkup();
  let platform: ReturnType<typeof withMarkup.platform>;
  let table: TestClient;
  let assemblyId: string;
  let document: AssemblyDocument;
  const { send } = withMarkup;
  beforeAll(() => {
    platform = withMarkup.platform();
    table = withMarkup.table();
    assemblyId = withMarkup.state.assemblyId;
    document = withMarkup.document();
  });

  describe('security headers', () => {
    const expectHeaders = (response: Response, what: string) => {
      expect(response.headers.get('x-content-type-options'), what).toBe('nosniff');
      expect(response.headers.get('x-frame-options'), what).toBe('SAMEORIGIN');
      expect(response.headers.get('referrer-policy'), what).toBe('same-origin');
      expect(response.headers.get('x-powered-by'), what).toBeNull();
      const policy = response.headers.get('content-security-policy') ?? '';
      const directives = new Map(
        policy.split(';').map((part) => {
          const [name, ...sources] = part.trim().split(/\s+/);
          return [name, sources.join(' ')];
        }),
      );
      expect(directives.get('default-src'), `${what}: ${policy}`).toBe("'self'");
      expect(directives.get('script-src'), what).toBe("'self'");
      expect(directives.get('object-src'), what).toBe("'none'");
      expect(directives.get('frame-ancestors'), what).toBe("'self'");
      expect(directives.get('form-action'), what).toBe("'self'");
      expect(directives.get('base-uri'), what).toBe("'self'");
      expect(policy, what).not.toMatch(/unsafe-eval|script-src[^;]*unsafe-inline|\*/);
    };

    it('are on the pages, the API and its refusals', async () => {
      const responses: Array<[string, Response]> = [
        ['the home page', await fetch(`${platform.base}/`)],
        ['a page of the client', await fetch(`${platform.base}/sign-in`)],
        ['an API answer', await fetch(`${platform.base}/api/health`)],
        ['a refusal', await fetch(`${platform.base}/api/members`)],
        ['an unknown API address', await fetch(`${platform.base}/api/nothing-here`)],
        [
          'a damaged body',
          await send('POST', '/api/auth/sign-in', '', { 'content-type': 'application/json' }, '{"email":'),
        ],
      ];
      for (const [what, response] of responses) expectHeaders(response, what);
    });

    it.skipIf(!built)('leave the built client nothing inline to run, and its files carry them too', async () => {
      const page = await (await fetch(`${platform.base}/`)).text();
      const scripts = [...page.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)];
      expect(scripts.length).toBeGreaterThan(0);
      for (const [, attributes, inline] of scripts) {
        expect(inline?.trim(), 'an inline script').toBe('');
        expect(attributes).toMatch(/\bsrc="\/assets\/[^"]+\.js"/);
      }
      expect(page).not.toMatch(/\son[a-z]+=|<style\b|javascript:/i);
      for (const [, path] of page.matchAll(/(?:src|href)="(\/assets\/[^"]+)"/g)) {
        const asset = await fetch(`${platform.base}${path}`);
        expect(asset.status, path).toBe(200);
        expectHeaders(asset, path!);
      }
    });

    it('serve a document as a download, typed by its content, in a sandbox', async () => {
      const download = await send('GET', `/api/assemblies/${assemblyId}/documents/${document.id}`, table.cookie, {});
      expect(download.status).toBe(200);
      expect(download.headers.get('content-type')).toBe('application/pdf');
      expect(download.headers.get('content-security-policy')).toBe("sandbox; default-src 'none'");
      expect(download.headers.get('x-content-type-options')).toBe('nosniff');
      // The name is quoted with its quote escaped: it cannot add a parameter to the header.
      expect(download.headers.get('content-disposition')).toBe(
        `attachment; filename="<img src=x onerror=alert(1)>\\" Rapport.pdf"`,
      );
    });
  });
});
