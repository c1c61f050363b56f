// Debian's nginx and Caddy, started as child processes on their own ports, serving dist/ through
// the committed configs in deploy/. Every path they write (pid, logs, temp files, Caddy's
// storage) is inside a fresh temporary directory, removed on stop.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const REPO = resolve(import.meta.dirname, '../..');
const DIST = join(REPO, 'dist');
const BROTLI_MODULE = '/usr/lib/nginx/modules/ngx_http_brotli_static_module.so';

/** A server this file started: its base URL, and how to stop it. */
export interface StaticServer {
  url: string;
  stop: () => Promise<void>;
}

/** The response to one GET or OPTIONS, body as raw bytes (never decompressed). */
export interface RawResponse {
  status: number;
  headers: Record<string, string>;
  body: Buffer;
}

/** Sends one request with exactly these headers and returns what came back, undecoded. */
export function rawRequest(url: string, headers: Record<string, string> = {}, method = 'GET'): Promise<RawResponse> {
  return new Promise((done, fail) => {
    const req = request(url, { method, headers, agent: false }, (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('end', () => {
        const flat: Record<string, string> = {};
        for (const [name, value] of Object.entries(response.headers)) if (value !== undefined) flat[name] = String(value);
        done({ status: response.statusCode ?? 0, headers: flat, body: Buffer.concat(chunks) });
      });
    });
    req.on('error', fail);
    req.end();
  });
}

async function waitUntilServing(url: string, child: ChildProcess, log: () => string): Promise<void> {
  const deadline = Date.now() + 15_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`the server exited (${child.exitCode}):\n${log()}`);
    if (await rawRequest(url).then(() => true, () => false)) return;
    await new Promise((wake) => setTimeout(wake, 100));
  }
  throw new Error(`nothing answered at ${url} within 15 s:\n${log()}`);
}

async function startChild(command: string, args: string[], dir: string, url: string, env: NodeJS.ProcessEnv = process.env): Promise<StaticServer> {
  const logPath = join(dir, 'server.log');
  const child = spawn(command, args, { cwd: dir, env, stdio: ['ignore', 'pipe', 'pipe'] });
  const output: string[] = [];
  child.stdout!.on('data', (chunk: Buffer) => output.push(chunk.toString()));
  child.stderr!.on('data', (chunk: Buffer) => output.push(chunk.toString()));
  const log = () => {
    let file = '';
    try {
      file = readFileSync(logPath, 'utf8');
    } catch {
      // The server had not written its log yet.
    }
    return output.join('') + file;
  };
  const exited = new Promise<void>((done) => child.once('exit', () => done()));
  const stop = async () => {
    if (child.exitCode === null) {
      child.kill('SIGTERM');
      await Promise.race([exited, new Promise((wake) => setTimeout(wake, 5_000))]);
      if (child.exitCode === null) child.kill('SIGKILL');
    }
    rmSync(dir, { recursive: true, force: true });
  };
  try {
    await waitUntilServing(url, child, log);
  } catch (error) {
    await stop();
    throw error;
  }
  return { url, stop };
}

/** nginx on 127.0.0.1:`port` with a minimal nginx.conf whose server block includes `config` (a deploy/ path). */
export async function startNginx(port: number, config = 'deploy/nginx/homeward.conf'): Promise<StaticServer> {
  const dir = mkdtempSync(join(tmpdir(), 'homeward-nginx-'));
  const temp = ['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'].map((name) => `${name}_temp_path ${join(dir, name)};`).join(' ');
  writeFileSync(
    join(dir, 'nginx.conf'),
    `daemon off;
master_process off;
pid ${join(dir, 'nginx.pid')};
error_log ${join(dir, 'server.log')} warn;
load_module ${BROTLI_MODULE};
events {}
http {
  include /etc/nginx/mime.types;
  default_type application/octet-stream;
  access_log off;
  ${temp}
  server {
    listen 127.0.0.1:${port};
    root ${DIST};
    include ${join(REPO, config)};
  }
}
`,
  );
  // -e: nginx opens its default error log (under /var/log) before it reads the config.
  return startChild('nginx', ['-p', dir, '-c', join(dir, 'nginx.conf'), '-e', join(dir, 'server.log')], dir, `http://127.0.0.1:${port}`);
}

/** Caddy on 127.0.0.1:`port`, plain HTTP, with a site block that imports `config` (a deploy/ path). */
export async function startCaddy(port: number, config = 'deploy/caddy/homeward.caddy'): Promise<StaticServer> {
  const dir = mkdtempSync(join(tmpdir(), 'homeward-caddy-'));
  writeFileSync(
    join(dir, 'Caddyfile'),
    `{
	admin off
	auto_https off
	storage file_system ${join(dir, 'storage')}
	log {
		output file ${join(dir, 'server.log')}
	}
}
http://127.0.0.1:${port} {
	root * ${DIST}
	import ${join(REPO, config)}
}
`,
  );
  // Caddy keeps an autosave and its data under $HOME / XDG directories: keep them in `dir` too.
  const env = { ...process.env, HOME: dir, XDG_DATA_HOME: dir, XDG_CONFIG_HOME: dir };
  return startChild('caddy', ['run', '--config', join(dir, 'Caddyfile'), '--adapter', 'caddyfile'], dir, `http://127.0.0.1:${port}`, env);
}
