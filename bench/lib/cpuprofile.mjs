// Reading a V8 CPU profile (.cpuprofile, from the Chrome DevTools protocol or `node --cpu-prof`): where the time went.

const frameName = (node) => {
  const { functionName, url, lineNumber } = node.callFrame;
  const file = url
    ? url
        .split('/')
        .pop()
        .replace(/-[\w-]{8}\.js$/, '.js')
    : '';
  return file ? `${functionName || '(anonymous)'} ${file}:${lineNumber + 1}` : functionName || '(anonymous)';
};

/**
 * Self time (in the function itself) and total time (the function and what it called) per function, in ms, and the
 * time the thread was idle. Samples are spread over the time between them, as DevTools does.
 */
function summarise(profile) {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const self = new Map();
  const total = new Map();
  let idle = 0;
  let all = 0;
  profile.samples.forEach((id, i) => {
    const ms = (profile.timeDeltas[i + 1] ?? 0) / 1000;
    all += ms;
    const leaf = byId.get(id);
    if (leaf.callFrame.functionName === '(idle)') {
      idle += ms;
      return;
    }
    const name = frameName(leaf);
    self.set(name, (self.get(name) ?? 0) + ms);
    const seen = new Set();
    for (let at = id; at !== undefined; at = parent.get(at)) {
      const n = frameName(byId.get(at));
      if (n === '(root)' || seen.has(n)) continue;
      seen.add(n);
      total.set(n, (total.get(n) ?? 0) + ms);
    }
  });
  const top = (m, count) => [...m].sort((a, b) => b[1] - a[1]).slice(0, count);
  return { ms: all, idle, self: (count = 15) => top(self, count), total: (count = 15) => top(total, count) };
}

/** The summary as text: busy and idle time, then the heaviest functions by self and by total time. */
export function describe(profile, count = 15) {
  const s = summarise(profile);
  const rows = (list) => list.map(([name, ms]) => `  ${ms.toFixed(1).padStart(8)} ms  ${name}`).join('\n');
  return [
    `${s.ms.toFixed(0)} ms profiled, ${(s.ms - s.idle).toFixed(0)} ms busy, ${s.idle.toFixed(0)} ms idle`,
    `self time:\n${rows(s.self(count))}`,
    `total time (with callees):\n${rows(s.total(count))}`,
  ].join('\n');
}
