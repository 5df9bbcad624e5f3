// Resident memory of a browser's renderer processes, read from /proc (Linux), with the processes named by
// the browser itself over the Chrome DevTools protocol (SystemInfo.getProcessInfo).
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

/**
 * The largest renderer process of `browser` (the page under measurement: every other page is closed
 * or nearly empty), with the others listed in `note` so a surprise is visible in the log.
 */
export async function rendererMemory(browser) {
  const cdp = await browser.newBrowserCDPSession();
  try {
    const { processInfo } = await cdp.send('SystemInfo.getProcessInfo');
    const renderers = processInfo
      .filter((p) => p.type === 'renderer')
      .map((p) => ({ pid: p.id, mb: residentMb(p.id) }))
      .filter((p) => p.mb !== null)
      .sort((a, b) => b.mb.rss - a.mb.rss);
    if (!renderers.length) throw new Error('no renderer process found (is /proc readable?)');
    const { rss, anon, shmem } = renderers[0].mb;
    return {
      rssMb: rss,
      // What the process itself holds: anonymous memory plus shared memory (raster tiles live there), not the
      // pages of chromium's own code, which every chromium process maps and counts in its resident set.
      privateMb: anon + shmem,
      note: `renderers (MB resident: anon + file + shmem): ${renderers
        .map((r) => `${r.pid} ${r.mb.rss.toFixed(0)}: ${r.mb.anon.toFixed(0)} + ${r.mb.file.toFixed(0)} + ${r.mb.shmem.toFixed(0)}`)
        .join(', ')}`,
    };
  } finally {
    await cdp.detach();
  }
}
