// The README shows the Content-Security-Policy header for nginx and IIS: the same policy the
// build puts in the page and the preview server sends.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '../../vite.config';

it('the README’s nginx and IIS headers are the policy the app is built and served with', () => {
  const readme = readFileSync(join(import.meta.dirname, '../../README.md'), 'utf8');
  expect(readme).toContain(`add_header Content-Security-Policy "${CONTENT_SECURITY_POLICY}" always;`);
  expect(readme).toContain(`<add name="Content-Security-Policy" value="${CONTENT_SECURITY_POLICY}" />`);
});
