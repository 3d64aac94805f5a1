// Finds an installed browser to launch (`npm run dev`, end-to-end tests, bench, icon rendering).
// Only commands that launch a browser call this: installing, building and unit tests never do.
import { existsSync } from 'node:fs';
import { delimiter, join, win32 } from 'node:path';

/** Thrown when no browser is found; its message says what to install or set. */
export class BrowserNotFoundError extends Error {
  name = 'BrowserNotFoundError';
}

const LINUX_CHROMIUM_NAMES = [
  'chromium',
  'chromium-browser',
  'google-chrome',
  'google-chrome-stable',
  'microsoft-edge',
  'microsoft-edge-stable',
];

/** Every place a Chromium-family browser (Chromium, Chrome, Edge) is looked for, in order. */
export function chromiumCandidates(platform, env) {
  if (platform === 'win32') {
    const roots = [env.LOCALAPPDATA, env.PROGRAMFILES, env['PROGRAMFILES(X86)']].filter(Boolean);
    const apps = [
      ['Google', 'Chrome', 'Application', 'chrome.exe'],
      ['Chromium', 'Application', 'chrome.exe'],
      ['Microsoft', 'Edge', 'Application', 'msedge.exe'],
    ];
    return apps.flatMap((parts) => roots.map((root) => win32.join(root, ...parts)));
  }
  if (platform === 'darwin') {
    const apps = [
      'Google Chrome.app/Contents/MacOS/Google Chrome',
      'Chromium.app/Contents/MacOS/Chromium',
      'Microsoft Edge.app/Contents/MacOS/Microsoft Edge',
    ];
    const dirs = ['/Applications', env.HOME && join(env.HOME, 'Applications')].filter(Boolean);
    return apps.flatMap((app) => dirs.map((dir) => join(dir, app)));
  }
  const flatpakDirs = [
    '/var/lib/flatpak/exports/bin',
    env.HOME && join(env.HOME, '.local/share/flatpak/exports/bin'),
  ].filter(Boolean);
  return [
    ...onPath(LINUX_CHROMIUM_NAMES, env),
    ...LINUX_CHROMIUM_NAMES.map((name) => `/usr/bin/${name}`),
    '/snap/bin/chromium',
    ...['org.chromium.Chromium', 'com.google.Chrome', 'com.microsoft.Edge'].flatMap((id) =>
      flatpakDirs.map((dir) => join(dir, id)),
    ),
  ];
}

/** Every place Firefox is looked for, in order (Debian's ESR first: it is what CI installs). */
export function firefoxCandidates(platform, env) {
  if (platform === 'win32') {
    return [env.PROGRAMFILES, env['PROGRAMFILES(X86)']]
      .filter(Boolean)
      .map((root) => win32.join(root, 'Mozilla Firefox', 'firefox.exe'));
  }
  if (platform === 'darwin') return ['/Applications/Firefox.app/Contents/MacOS/firefox'];
  const names = ['firefox-esr', 'firefox'];
  return [...onPath(names, env), ...names.map((name) => `/usr/bin/${name}`), '/snap/bin/firefox'];
}

function onPath(names, env) {
  const dirs = (env.PATH ?? '').split(delimiter).filter((dir) => dir.startsWith('/'));
  return names.flatMap((name) => dirs.map((dir) => join(dir, name)));
}

/**
 * The Chromium, Chrome or Edge binary to launch: CHROME_PATH when set, else the first installed one.
 * Throws a BrowserNotFoundError that names what to install.
 */
export function findChromium({
  platform = process.platform,
  env = process.env,
  exists = existsSync,
} = {}) {
  return find('CHROME_PATH', chromiumCandidates(platform, env), { platform, env, exists }, [
    'No Chromium, Chrome or Edge found.',
    installHint(platform, 'chromium'),
    'Or point CHROME_PATH at the browser binary: `CHROME_PATH=/path/to/chrome npm run dev`.',
  ]);
}

/** The Firefox binary to launch: FIREFOX_PATH when set, else the first installed one. */
export function findFirefox({
  platform = process.platform,
  env = process.env,
  exists = existsSync,
} = {}) {
  return find('FIREFOX_PATH', firefoxCandidates(platform, env), { platform, env, exists }, [
    'No Firefox found.',
    installHint(platform, 'firefox-esr'),
    'Or point FIREFOX_PATH at the browser binary: `FIREFOX_PATH=/path/to/firefox npm test`.',
  ]);
}

function find(variable, candidates, { env, exists }, help) {
  const fromEnv = env[variable];
  if (fromEnv) {
    if (!exists(fromEnv)) {
      throw new BrowserNotFoundError(`${variable} is set to ${fromEnv}, but no file is there.`);
    }
    return fromEnv;
  }
  const found = candidates.find((path) => exists(path));
  if (found) return found;
  throw new BrowserNotFoundError(
    [
      ...help,
      'Nothing in this project downloads a browser of its own, and browser tests are never skipped.',
    ].join('\n'),
  );
}

function installHint(platform, debianPackage) {
  if (platform === 'win32' || platform === 'darwin') {
    return debianPackage === 'chromium'
      ? 'Install Google Chrome, Chromium or Microsoft Edge in the usual place.'
      : 'Install Firefox in the usual place.';
  }
  return `Install one: Debian/Ubuntu \`sudo apt-get install -y ${debianPackage}\`, Fedora \`sudo dnf install ${debianPackage === 'chromium' ? 'chromium' : 'firefox'}\`, or the browser's snap or flatpak.`;
}

/**
 * Chromium refuses to start as root unless its sandbox is off, and CI containers often lack the
 * namespaces it needs; everyone else keeps the sandbox.
 */
export function needsNoSandbox({
  platform = process.platform,
  uid = process.getuid?.(),
  env = process.env,
} = {}) {
  if (platform === 'win32' || platform === 'darwin') return false;
  return uid === 0 || Boolean(env.CI);
}

/** `--no-sandbox` where it is needed (see needsNoSandbox), nothing elsewhere. */
export function sandboxArgs(options) {
  return needsNoSandbox(options) ? ['--no-sandbox'] : [];
}
