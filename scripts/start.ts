/**
 * `npm start`: builds the extension, serves the demo seller chat on 127.0.0.1 and opens Chromium
 * with the extension loaded on it. With `--headless` (or where there is no display) it plays the
 * demo's scripted conversation through the real extension and writes screenshots and a transcript.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Page } from '@playwright/test';
import { DEMO_SCRIPT } from '../demo/src/script';
import { chromiumArgs, findChromium } from './chromium';
import { startDemoServer } from './serve-demo';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
/** The demo build: the store build plus the loopback host the demo chat is served on. */
const EXTENSION_DIR = join(ROOT, '.output', 'chrome-mv3-demo');

interface TranscriptEntry {
  conversationId: string;
  buyer: string;
  buyerMessage: string;
  suggestions: string[];
  replySent: string | null;
  screenshot: string;
}

async function playScript(page: Page, outDir: string): Promise<TranscriptEntry[]> {
  const entries: TranscriptEntry[] = [];
  for (const [i, line] of DEMO_SCRIPT.entries()) {
    const card = page.locator(`[data-conversation-id="${line.conversationId}"]`);
    await card.click();
    const buyer = (await page.getByTestId('chat.chatroom.header_username').textContent())?.trim() ?? line.conversationId;
    await page.waitForTimeout(1000); // let the conversation's history settle, as an agent would look at it
    await page.getByTestId('demo.buyer-select').selectOption(line.conversationId);
    await page.getByTestId('demo.buyer-text').fill(line.text);
    await page.getByTestId('demo.buyer-send').click();
    const shown = page.getByTestId('shopreply.suggestion-text');
    let suggestions: string[] = [];
    try {
      // An opened chat first shows suggestions for its earlier unanswered message: wait for this one's.
      await page.getByTestId('shopreply.buyer-message').filter({ hasText: line.text }).waitFor({ timeout: 30_000 });
      await shown.first().waitFor({ timeout: 30_000 });
      suggestions = await shown.allTextContents();
    } catch {
      suggestions = [];
    }
    const screenshot = `${String(i + 1).padStart(2, '0')}-${line.conversationId}.png`;
    await page.screenshot({ path: join(outDir, screenshot) });
    // The agent takes the best suggestion that is complete (no variable left to fill in by hand).
    const items = page.getByTestId('shopreply.suggestion');
    let choice = -1;
    for (let n = 0; n < suggestions.length && choice < 0; n++) {
      if ((await items.nth(n).getByTestId('shopreply.suggestion-missing').count()) === 0) choice = n;
    }
    let replySent: string | null = null;
    if (choice >= 0) {
      await page.getByPlaceholder(/Send a message|发送消息/).click();
      await page.keyboard.press(`Alt+${choice + 1}`);
      const send = page.locator('#chat-input-send-button');
      // Sent only once the suggestion is in the composer (the page enables Send then).
      if (await send.isEnabled({ timeout: 10_000 }).catch(() => false)) {
        await send.click();
        replySent = suggestions[choice];
      }
    }
    entries.push({ conversationId: line.conversationId, buyer, buyerMessage: line.text, suggestions, replySent, screenshot });
    console.log(`${buyer}: ${line.text}\n  → ${replySent ?? '(no suggestion)'}`);
  }
  return entries;
}

/** The panel in both window sizes people use and in both interface languages, one screenshot each. */
const LAYOUTS = [
  { width: 1280, height: 800 },
  { width: 1024, height: 640 },
].flatMap((viewport) => [
  { viewport, lang: 'en', locale: 'en-US' },
  { viewport, lang: 'zh', locale: 'zh-CN' },
]);

async function captureLayouts(executablePath: string, chatUrl: string, outDir: string): Promise<string[]> {
  const files: string[] = [];
  for (const { viewport, lang, locale } of LAYOUTS) {
    const context = await chromium.launchPersistentContext('', {
      executablePath,
      headless: true,
      args: [...chromiumArgs(EXTENSION_DIR), `--lang=${locale}`],
      locale,
      viewport,
    });
    try {
      const page = context.pages()[0] ?? (await context.newPage());
      await page.goto(`${chatUrl}?conversation=c-7301`);
      await page.getByTestId('shopreply.status').waitFor();
      await page.getByTestId('demo.buyer-select').selectOption('c-7301');
      await page.getByTestId('demo.buyer-text').fill('where is my order? tracking number please');
      await page.getByTestId('demo.buyer-send').click();
      await page.getByTestId('shopreply.suggestion').first().waitFor({ timeout: 30_000 });
      await page.waitForTimeout(800); // the panel docks again every 300 ms
      const file = `layout-${viewport.width}x${viewport.height}-${lang}.png`;
      await page.screenshot({ path: join(outDir, file) });
      files.push(file);
    } finally {
      await context.close().catch(() => undefined);
    }
  }
  return files;
}

function writeTranscript(outDir: string, entries: TranscriptEntry[]) {
  writeFileSync(join(outDir, 'transcript.json'), JSON.stringify(entries, null, 2) + '\n');
  const md = entries
    .map((e, i) =>
      [
        `## ${i + 1}. ${e.buyer}`,
        `Buyer: ${e.buyerMessage}`,
        '',
        'Suggestions shown:',
        ...(e.suggestions.length ? e.suggestions.map((s, n) => `${n + 1}. ${s}`) : ['(none)']),
        '',
        `Reply sent: ${e.replySent ?? '(none)'}`,
        '',
        `![](${e.screenshot})`,
      ].join('\n'),
    )
    .join('\n\n');
  writeFileSync(join(outDir, 'transcript.md'), `# ShopReply demo transcript\n\n${md}\n`);
}

async function main() {
  const args = process.argv.slice(2);
  const headless = args.includes('--headless') || (!process.env.DISPLAY && !process.env.WAYLAND_DISPLAY);
  const portArg = args.indexOf('--port');
  const port = portArg >= 0 ? Number(args[portArg + 1]) : 5555;

  const executablePath = findChromium();
  console.log('Building the extension…');
  execFileSync('npm', ['run', 'build:demo'], { cwd: ROOT, stdio: 'ignore' });
  const server = await startDemoServer({ port: headless ? 0 : port });
  const chatUrl = new URL('/chat/inbox/current', server.url).href;
  console.log(`Demo seller chat: ${chatUrl}`);

  const context = await chromium.launchPersistentContext('', {
    executablePath,
    headless,
    args: chromiumArgs(EXTENSION_DIR),
    viewport: headless ? { width: 1280, height: 800 } : null,
  });
  const page = context.pages()[0] ?? (await context.newPage());
  await page.goto(chatUrl);

  if (!headless) {
    console.log('Chromium is open with ShopReply loaded. Speak as a buyer in the simulator on the right.');
    console.log('Close the browser window (or press Ctrl+C) to stop.');
    await new Promise<void>((resolve) => {
      context.on('close', () => resolve());
      process.on('SIGINT', () => resolve());
    });
  } else {
    if (!args.includes('--headless')) console.log('No display found: playing the scripted demo headless.');
    const stamp = new Date().toISOString().replace(/[:.]/g, '-');
    const outDir = join(ROOT, 'demo-output', stamp);
    mkdirSync(outDir, { recursive: true });
    await page.getByTestId('shopreply.status').waitFor();
    const entries = await playScript(page, outDir);
    writeTranscript(outDir, entries);
    const layouts = await captureLayouts(executablePath, chatUrl, outDir);
    console.log(`Panel at two sizes in English and Chinese: ${layouts.join(', ')}`);
    const answered = entries.filter((e) => e.replySent).length;
    console.log(`\n${answered} of ${entries.length} buyer messages answered from suggestions.`);
    console.log(`Screenshots and transcript: ${outDir}`);
  }
  await context.close().catch(() => undefined);
  await server.close();
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
