import { accessSync, constants } from 'node:fs';
import { chromium } from 'playwright-core';

/** Without the networking flags Chromium keeps dialling Google's hosts, which an offline machine refuses. */
export const BROWSER_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

const SYSTEM_BROWSERS: Partial<Record<NodeJS.Platform, string[]>> = {
  linux: [
    '/usr/bin/chromium',
    '/usr/bin/chromium-browser',
    '/usr/bin/google-chrome',
    '/usr/bin/google-chrome-stable',
    '/snap/bin/chromium',
  ],
  darwin: [
    '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
    '/Applications/Chromium.app/Contents/MacOS/Chromium',
  ],
  win32: [
    'C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe',
    'C:\\Program Files (x86)\\Google\\Chrome\\Application\\chrome.exe',
  ],
};

/** The platforms @sparticuz/chromium ships a build for. */
const PACKAGED_PLATFORMS = new Set(['linux-x64', 'linux-arm64']);

export interface Browser {
  executablePath: string;
  origin: 'CHROMIUM_PATH' | 'system' | 'packaged';
}

export class BrowserUnavailable extends Error {}

function executable(path: string): boolean {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

async function packagedBrowser(): Promise<Browser | null> {
  if (!PACKAGED_PLATFORMS.has(`${process.platform}-${process.arch}`)) return null;
  // ESM only, and a dev dependency: loaded when no other browser is there.
  const { default: packaged } = await import('@sparticuz/chromium');
  return { executablePath: await packaged.executablePath(), origin: 'packaged' };
}

/**
 * The Chromium for the browser tests: CHROMIUM_PATH, else one installed on the system, else the
 * build that arrives with `npm install` (unpacked to the temp folder on first use).
 * E2E_BROWSER=packaged skips the first two, so CI proves the newcomer's path.
 */
export async function findBrowser(env: NodeJS.ProcessEnv = process.env): Promise<Browser> {
  const packagedOnly = env.E2E_BROWSER === 'packaged';
  if (!packagedOnly && env.CHROMIUM_PATH) {
    if (!executable(env.CHROMIUM_PATH)) throw new BrowserUnavailable(`CHROMIUM_PATH=${env.CHROMIUM_PATH} is not an executable file.`);
    return { executablePath: env.CHROMIUM_PATH, origin: 'CHROMIUM_PATH' };
  }
  const system = packagedOnly ? undefined : SYSTEM_BROWSERS[process.platform]?.find(executable);
  if (system) return { executablePath: system, origin: 'system' };
  const packaged = await packagedBrowser();
  if (packaged) return packaged;
  throw new BrowserUnavailable(
    `No browser for the end-to-end tests on ${process.platform}-${process.arch}: install Chromium or Google Chrome, or set CHROMIUM_PATH to one (the bundled browser exists for Linux x64 and arm64 only).`,
  );
}

/** Starts the browser once, so a missing system library fails the run in one line instead of in every browser test. */
export async function checkBrowserStarts(browser: Browser): Promise<void> {
  try {
    const instance = await chromium.launch({ executablePath: browser.executablePath, args: BROWSER_ARGS });
    await instance.close();
  } catch (error) {
    const firstLine = (error instanceof Error ? error.message : String(error)).split('\n').find((line) => line.trim()) ?? '';
    throw new BrowserUnavailable(`The ${browser.origin} browser at ${browser.executablePath} does not start: ${firstLine.trim()}`);
  }
}
