// Resident memory of a page's renderer process, read from /proc (Linux), with the process named by the
// browser itself over the Chrome DevTools protocol (SystemInfo.getProcessInfo).
import { readFileSync } from 'node:fs';

/** Resident memory of a process in MB from /proc/<pid>/status, or null when it is gone. */
function residentMb(pid) {
  let status;
  try {
    status = readFileSync(`/proc/${pid}/status`, 'utf8');
  } catch {
    return null;
  }
  const kb = (field) => Number(new RegExp(`${field}:\\s+(\\d+)\\s+kB`).exec(status)?.[1] ?? NaN) / 1024;
  return { rss: kb('VmRSS'), anon: kb('RssAnon'), file: kb('RssFile'), shmem: kb('RssShmem') };
}

const rendererCpu = async (cdp) => {
  const { processInfo } = await cdp.send('SystemInfo.getProcessInfo');
  return new Map(processInfo.filter((p) => p.type === 'renderer').map((p) => [p.id, p.cpuTime]));
};

/**
 * The memory of `page`'s renderer. Other renderers may still be alive (a closed page's, chromium's spare
 * one), and nothing maps a page to its process id: the page spins for a moment, and its renderer is the one
 * whose CPU time grew by that much.
 */
export async function rendererMemory(browser, page) {
  const cdp = await browser.newBrowserCDPSession();
  try {
    let pid = null;
    // A few tries: another renderer busy at the same moment (one closing down) would make it ambiguous.
    for (let attempt = 0; attempt < 3 && pid === null; attempt++) {
      const before = await rendererCpu(cdp);
      await page.evaluate(() => {
        const end = performance.now() + 400;
        while (performance.now() < end);
      });
      const after = await rendererCpu(cdp);
      const grown = [...after].map(([id, cpu]) => ({ id, by: cpu - (before.get(id) ?? 0) })).sort((a, b) => b.by - a.by);
      if (grown.length && grown[0].by > 0.05 && !(grown[1] && grown[0].by < 2 * grown[1].by)) pid = grown[0].id;
    }
    if (pid === null) throw new Error('could not tell which renderer process holds the page (its CPU time did not stand out)');
    const mb = residentMb(pid);
    if (!mb) throw new Error(`the page's renderer (pid ${pid}) is not readable in /proc`);
    return {
      rssMb: mb.rss,
      // What the process itself holds: anonymous memory plus shared memory (raster tiles live there), not the
      // pages of chromium's own code, which every chromium process maps and counts in its resident set.
      privateMb: mb.anon + mb.shmem,
      note: `renderer ${pid}, MB resident: ${mb.anon.toFixed(0)} anonymous + ${mb.file.toFixed(0)} file (chromium's code) + ${mb.shmem.toFixed(0)} shared (raster tiles)`,
    };
  } finally {
    await cdp.detach();
  }
}
