import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { crc32, createZip } from './createZip';

describe('crc32()', () => {
  it('matches the standard check value', () => {
    expect(crc32(new TextEncoder().encode('123456789'))).toBe(0xcbf43926);
  });
});

describe('createZip()', () => {
  it('writes an archive that Python\'s zipfile reads back byte for byte', () => {
    const entries = [
      { name: 'spc.yaml', text: 'kind: SecretProviderClass\n' },
      { name: 'az-commands.ps1', text: "Read-Host 'é ✓'\n" },
    ];
    const dir = mkdtempSync(join(tmpdir(), 'zip-'));
    const file = join(dir, 'all.zip');
    writeFileSync(file, createZip(entries));
    const listing = execFileSync('python3', ['-c', `import zipfile,json,sys; z=zipfile.ZipFile(sys.argv[1]); assert z.testzip() is None; print(json.dumps({n: z.read(n).decode() for n in z.namelist()}))`, file], { encoding: 'utf8' });
    expect(JSON.parse(listing)).toEqual(Object.fromEntries(entries.map((e) => [e.name, e.text])));
    expect(readFileSync(file).subarray(0, 4)).toEqual(Buffer.from([0x50, 0x4b, 0x03, 0x04]));
  });
});
