/** Opens the default browser on the page; a machine without one (a server, CI) just keeps the printed address. */
import { spawn } from 'node:child_process';

export function openBrowser(url: string, platform: NodeJS.Platform = process.platform): void {
  // `start` is a cmd.exe built-in; its first quoted argument is the window title, hence "".
  // The line is passed verbatim so the quotes reach cmd and protect the address's characters.
  const [command, args] = platform === 'win32' ? ['cmd', ['/c', 'start', '""', `"${url}"`]] : platform === 'darwin' ? ['open', [url]] : ['xdg-open', [url]];
  try {
    const child = spawn(command, args, { stdio: 'ignore', detached: true, windowsHide: true, windowsVerbatimArguments: platform === 'win32' });
    child.on('error', () => {});
    child.unref();
  } catch {
    // No opener: the address is printed anyway.
  }
}
