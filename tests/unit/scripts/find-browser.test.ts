// @vitest-environment node
import { describe, expect, it } from 'vitest';
import {
  BrowserNotFoundError,
  chromiumCandidates,
  findChromium,
  findFirefox,
  needsNoSandbox,
  sandboxArgs,
} from '../../../scripts/find-browser.mjs';

const only = (paths: string[]) => (path: string) => paths.includes(path);

describe('findChromium', () => {
  it('uses CHROME_PATH when it points at a file', () => {
    const env = { CHROME_PATH: '/opt/chrome/chrome' };
    expect(findChromium({ platform: 'linux', env, exists: only(['/opt/chrome/chrome']) })).toBe(
      '/opt/chrome/chrome',
    );
  });

  it('says so when CHROME_PATH points nowhere, instead of falling back', () => {
    const env = { CHROME_PATH: '/nope/chrome' };
    expect(() =>
      findChromium({ platform: 'linux', env, exists: only(['/usr/bin/chromium']) }),
    ).toThrow('CHROME_PATH is set to /nope/chrome, but no file is there.');
  });

  it.each([
    ['Debian chromium', '/usr/bin/chromium'],
    ['Google Chrome', '/usr/bin/google-chrome-stable'],
    ['Edge', '/usr/bin/microsoft-edge'],
    ['the snap', '/snap/bin/chromium'],
    ['a system flatpak', '/var/lib/flatpak/exports/bin/org.chromium.Chromium'],
    ['a user flatpak of Chrome', '/home/ana/.local/share/flatpak/exports/bin/com.google.Chrome'],
    ['a browser on PATH only', '/opt/bin/chromium'],
  ])('finds %s on Linux', (_name, path) => {
    const env = { HOME: '/home/ana', PATH: '/opt/bin:/usr/local/bin' };
    expect(findChromium({ platform: 'linux', env, exists: only([path]) })).toBe(path);
  });

  it.each([
    ['Chrome', '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome'],
    ['Chromium', '/Applications/Chromium.app/Contents/MacOS/Chromium'],
    ['Edge', '/Applications/Microsoft Edge.app/Contents/MacOS/Microsoft Edge'],
    [
      'Chrome in the home folder',
      '/Users/ana/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
    ],
  ])('finds %s on macOS', (_name, path) => {
    const env = { HOME: '/Users/ana' };
    expect(findChromium({ platform: 'darwin', env, exists: only([path]) })).toBe(path);
  });

  const windowsEnv = {
    LOCALAPPDATA: 'C:\\Users\\ana\\AppData\\Local',
    PROGRAMFILES: 'C:\\Program Files',
    'PROGRAMFILES(X86)': 'C:\\Program Files (x86)',
  };
  it.each([
    ['Chrome', 'C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe'],
    [
      'Chrome for one user',
      'C:\\Users\\ana\\AppData\\Local\\Google\\Chrome\\Application\\chrome.exe',
    ],
    ['Edge', 'C:\\Program Files (x86)\\Microsoft\\Edge\\Application\\msedge.exe'],
    ['Chromium', 'C:\\Users\\ana\\AppData\\Local\\Chromium\\Application\\chrome.exe'],
  ])('finds %s on Windows', (_name, path) => {
    expect(findChromium({ platform: 'win32', env: windowsEnv, exists: only([path]) })).toBe(path);
  });

  it('prefers Chrome to Edge on Windows when both are installed', () => {
    const chrome = 'C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe';
    const edge = 'C:\\Program Files (x86)\\Microsoft\\Edge\\Application\\msedge.exe';
    expect(findChromium({ platform: 'win32', env: windowsEnv, exists: only([edge, chrome]) })).toBe(
      chrome,
    );
  });

  it('never offers a Linux path on Windows or macOS', () => {
    for (const platform of ['win32', 'darwin']) {
      const paths = chromiumCandidates(platform, { ...windowsEnv, HOME: '/Users/ana' });
      expect(paths.some((path: string) => path.startsWith('/usr/bin'))).toBe(false);
    }
  });

  it('names the package to install when nothing is found on Linux', () => {
    const error = (() => {
      try {
        findChromium({ platform: 'linux', env: {}, exists: () => false });
      } catch (caught) {
        return caught;
      }
    })();
    expect(error).toBeInstanceOf(BrowserNotFoundError);
    expect((error as Error).message).toContain('sudo apt-get install -y chromium');
    expect((error as Error).message).toContain('CHROME_PATH');
  });

  it('names the browsers to install on Windows and macOS', () => {
    for (const platform of ['win32', 'darwin']) {
      expect(() => findChromium({ platform, env: {}, exists: () => false })).toThrow(
        'Install Google Chrome, Chromium or Microsoft Edge',
      );
    }
  });
});

describe('findFirefox', () => {
  it('prefers Debian firefox-esr, then firefox', () => {
    expect(
      findFirefox({
        platform: 'linux',
        env: {},
        exists: only(['/usr/bin/firefox', '/usr/bin/firefox-esr']),
      }),
    ).toBe('/usr/bin/firefox-esr');
  });

  it('honours FIREFOX_PATH and names firefox-esr when nothing is found', () => {
    const env = { FIREFOX_PATH: '/opt/ff/firefox' };
    expect(findFirefox({ platform: 'linux', env, exists: only(['/opt/ff/firefox']) })).toBe(
      '/opt/ff/firefox',
    );
    expect(() => findFirefox({ platform: 'linux', env: {}, exists: () => false })).toThrow(
      'sudo apt-get install -y firefox-esr',
    );
  });

  it('finds Firefox on Windows and macOS', () => {
    const win = 'C:\\Program Files\\Mozilla Firefox\\firefox.exe';
    expect(
      findFirefox({
        platform: 'win32',
        env: { PROGRAMFILES: 'C:\\Program Files' },
        exists: only([win]),
      }),
    ).toBe(win);
    const mac = '/Applications/Firefox.app/Contents/MacOS/firefox';
    expect(findFirefox({ platform: 'darwin', env: {}, exists: only([mac]) })).toBe(mac);
  });
});

describe('the sandbox', () => {
  it.each([
    ['root on Linux', { platform: 'linux', uid: 0, env: {} }, true],
    ['CI on Linux', { platform: 'linux', uid: 1000, env: { CI: 'true' } }, true],
    ['a user on Linux', { platform: 'linux', uid: 1000, env: {} }, false],
    ['a user on macOS', { platform: 'darwin', uid: 501, env: {} }, false],
    ['Windows, even in CI', { platform: 'win32', uid: undefined, env: { CI: 'true' } }, false],
  ])('is off only where needed: %s', (_name, options, off) => {
    expect(needsNoSandbox(options)).toBe(off);
    expect(sandboxArgs(options)).toEqual(off ? ['--no-sandbox'] : []);
  });
});
