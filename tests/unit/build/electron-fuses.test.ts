import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { PlatformPackager } from 'app-builder-lib';
import { getConfig, validateConfiguration } from 'app-builder-lib/out/util/config/config';
import { FuseV1Options, FuseVersion } from '@electron/fuses';

/**
 * Issue #13 finding 8: the release step set no Electron fuses. The release configuration is read
 * here the way `npm run release` reads it (electron-builder's own loader and schema check), and
 * turned into the fuse wire electron-builder flips in the binary, so a typo in a key, a fuse
 * dropped in a merge or asar turned off fails here, not in a shipped build.
 */
const ROOT = fileURLToPath(new URL('../../..', import.meta.url));
const CONFIG = 'build/electron-builder.yml';

async function releaseConfig() {
  const config = await getConfig(ROOT, `${ROOT}${CONFIG}`, null);
  await validateConfiguration(config, { isEnabled: false, add: () => undefined } as never);
  return config;
}

describe('Electron fuses in the release configuration', () => {
  it('passes electron-builder\'s schema check', async () => {
    await expect(releaseConfig()).resolves.toBeTruthy();
  });

  it('flips every fuse: no run-as-node, NODE_OPTIONS or inspector; cookie encryption, asar integrity and asar-only loading', async () => {
    const config = await releaseConfig();
    const wire = (await (PlatformPackager.prototype as unknown as { generateFuseConfig(f: unknown): Promise<Record<number, boolean> & { version: string }> }).generateFuseConfig.call(null, config.electronFuses));
    expect(wire.version).toBe(FuseVersion.V1);
    expect(wire[FuseV1Options.RunAsNode]).toBe(false);
    expect(wire[FuseV1Options.EnableNodeOptionsEnvironmentVariable]).toBe(false);
    expect(wire[FuseV1Options.EnableNodeCliInspectArguments]).toBe(false);
    expect(wire[FuseV1Options.EnableCookieEncryption]).toBe(true);
    expect(wire[FuseV1Options.EnableEmbeddedAsarIntegrityValidation]).toBe(true);
    expect(wire[FuseV1Options.OnlyLoadAppFromAsar]).toBe(true);
    expect(wire[FuseV1Options.GrantFileProtocolExtraPrivileges]).toBe(false);
    // Every fuse of this wire version is decided, none left to Electron's default.
    const decided = Object.values(FuseV1Options).filter((v): v is number => typeof v === 'number');
    for (const fuse of decided) expect(typeof wire[fuse], FuseV1Options[fuse]).toBe('boolean');
  });

  it('packs the app into an asar (what asar-only loading and its integrity check rely on)', async () => {
    const config = await releaseConfig();
    expect(config.asar === undefined || config.asar === true || (typeof config.asar === 'object' && config.asar !== null)).toBe(true);
  });
});
