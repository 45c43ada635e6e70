import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Readable, Writable } from 'node:stream';

/** Debian's Chromium (apt-get install chromium); CHROMIUM names another. */
export const CHROMIUM = process.env.CHROMIUM ?? '/usr/bin/chromium';
export const hasChromium = existsSync(CHROMIUM);

const FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--remote-debugging-pipe',
];

/** What a page is once it has had time to run: where it is, its title, its DOM, and any dialog it opened. */
export interface PageState {
  href: string;
  title: string;
  html: string;
  dialogs: string[];
}

type Message = { id?: number; method?: string; params?: Record<string, unknown>; sessionId?: string } & {
  result?: Record<string, unknown>;
  error?: { message: string };
};

/**
 * A headless Chromium driven over its DevTools pipe (JSON messages ended by a
 * NUL byte on file descriptors 3 and 4), without a browser-automation package.
 */
class Browser {
  private next = 1;
  private readonly waiting = new Map<number, { resolve: (m: Message) => void; reject: (e: Error) => void }>();
  private readonly listeners: ((m: Message) => void)[] = [];
  private readonly dir = mkdtempSync(path.join(tmpdir(), 'ztdeck-chromium-'));
  private readonly proc = spawn(CHROMIUM, [...FLAGS, `--user-data-dir=${this.dir}`, 'about:blank'], {
    stdio: ['ignore', 'ignore', 'ignore', 'pipe', 'pipe'],
  });

  constructor() {
    let buffer = '';
    (this.proc.stdio[4] as Readable).on('data', (chunk: Buffer) => {
      buffer += chunk.toString('utf8');
      for (let end = buffer.indexOf('\0'); end !== -1; end = buffer.indexOf('\0')) {
        const message = JSON.parse(buffer.slice(0, end)) as Message;
        buffer = buffer.slice(end + 1);
        const waiter = message.id === undefined ? undefined : this.waiting.get(message.id);
        if (waiter && message.id !== undefined) {
          this.waiting.delete(message.id);
          if (message.error) waiter.reject(new Error(message.error.message));
          else waiter.resolve(message);
        }
        for (const listen of this.listeners) listen(message);
      }
    });
  }

  send(method: string, params: object = {}, sessionId?: string): Promise<Record<string, unknown>> {
    const id = this.next++;
    return new Promise((resolve, reject) => {
      this.waiting.set(id, { resolve: (m) => resolve(m.result ?? {}), reject });
      (this.proc.stdio[3] as Writable).write(`${JSON.stringify({ id, method, params, sessionId })}\0`);
    });
  }

  on(listen: (m: Message) => void): void {
    this.listeners.push(listen);
  }

  async close(): Promise<void> {
    const exited = new Promise((resolve) => this.proc.once('exit', resolve));
    await this.send('Browser.close').catch(() => undefined);
    const timer = setTimeout(() => this.proc.kill('SIGKILL'), 5000);
    await exited;
    clearTimeout(timer);
    rmSync(this.dir, { recursive: true, force: true });
  }
}

async function open(browser: Browser, url: string, settleMs: number): Promise<PageState> {
  const { targetId } = await browser.send('Target.createTarget', { url: 'about:blank' });
  const { sessionId } = (await browser.send('Target.attachToTarget', { targetId, flatten: true })) as {
    sessionId: string;
  };
  const dialogs: string[] = [];
  let loaded: () => void = () => undefined;
  const load = new Promise<void>((resolve) => (loaded = resolve));
  browser.on((m) => {
    if (m.sessionId !== sessionId) return;
    if (m.method === 'Page.loadEventFired') loaded();
    if (m.method === 'Page.javascriptDialogOpening') {
      dialogs.push(String(m.params?.message));
      void browser.send('Page.handleJavaScriptDialog', { accept: true }, sessionId).catch(() => undefined);
    }
  });
  await browser.send('Page.enable', {}, sessionId);
  await browser.send('Page.navigate', { url }, sessionId);
  await Promise.race([load, new Promise((resolve) => setTimeout(resolve, 10_000))]);
  // Time for timers, a refresh and what a handler would do.
  await new Promise((resolve) => setTimeout(resolve, settleMs));
  const { result } = (await browser.send(
    'Runtime.evaluate',
    {
      expression:
        'JSON.stringify({ href: location.href, title: document.title, html: document.documentElement.outerHTML })',
      returnByValue: true,
    },
    sessionId,
  )) as { result: { value: string } };
  return { ...(JSON.parse(result.value) as Omit<PageState, 'dialogs'>), dialogs };
}

/** Opens each address in one headless Chromium, all at once, and reads back each page after `settleMs`. */
export async function visit(urls: readonly string[], settleMs = 1500): Promise<PageState[]> {
  const browser = new Browser();
  try {
    return await Promise.all(urls.map((url) => open(browser, url, settleMs)));
  } finally {
    await browser.close();
  }
}
