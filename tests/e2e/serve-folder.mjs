// A static file server on loopback for the browser tests' published sites: serves a folder,
// remembers the paths asked for, refuses anything outside the folder.

import { createServer } from 'node:http';
import { readFileSync } from 'node:fs';
import { join, normalize } from 'node:path';

export function serveFolder(folder) {
  const requests = [];
  const server = createServer((req, res) => {
    requests.push(req.url);
    const path = normalize(join(folder, decodeURIComponent(req.url)));
    if (!path.startsWith(folder)) { res.writeHead(403).end(); return; }
    let body;
    try { body = readFileSync(path); } catch { res.writeHead(404).end('not found'); return; }
    res.writeHead(200, { 'content-type': 'application/octet-stream', 'content-length': body.length });
    res.end(body);
  });
  const site = {
    requests,
    url: '',
    listen: () => new Promise((resolve) => server.listen(0, '127.0.0.1', () => {
      site.url = `http://127.0.0.1:${server.address().port}`;
      resolve();
    })),
    close: () => new Promise((resolve) => server.close(resolve)),
  };
  return site;
}
