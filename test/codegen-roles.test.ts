import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const scratch = mkdtempSync(join(tmpdir(), 'vigil-roles-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe('generated role table', () => {
  it('should match what scripts/print-roles.ts prints from schema/schema.graphql', () => {
    const printed = join(scratch, 'roles.ts');
    execFileSync(process.execPath, ['--import', 'tsx', 'scripts/print-roles.ts', printed], { stdio: 'pipe' });
    expect(readFileSync('web/src/generated/roles.ts', 'utf8'), 'web/src/generated/roles.ts is stale: run npm run codegen').toBe(
      readFileSync(printed, 'utf8'),
    );
  }, 30_000);
});
