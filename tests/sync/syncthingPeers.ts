import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';

/**
 * Real Syncthing instances from Debian's package, on loopback only: each with
 * its own home, GUI/REST port and listen address on 127.0.0.1, with local and
 * global discovery, relays, NAT, usage reports and upgrades off, introduced to
 * each other by device id in config.xml before start, sharing one folder.
 */
export const SYNCTHING = '/usr/bin/syncthing';

export interface SyncthingPeer {
  readonly name: string;
  readonly home: string;
  readonly folder: string;
  readonly deviceId: string;
  readonly apiKey: string;
  readonly guiPort: number;
  readonly listenPort: number;
  process?: ChildProcess;
  log: string;
}

export const FOLDER_ID = 'prosjektboka';

/** A free TCP port on loopback (asked of the system, then let go). */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const port = (server.address() as { port: number }).port;
      server.close(() => resolve(port));
    });
  });
}

/** Makes a home with keys and a config (`syncthing generate`); the config is written once all peers are known. */
export async function preparePeer(root: string, name: string): Promise<SyncthingPeer> {
  const home = join(root, `${name}-syncthing`);
  const folder = join(root, `${name}-mappe`);
  mkdirSync(folder, { recursive: true });
  const out = spawnSync(SYNCTHING, ['generate', `--home=${home}`, '--no-default-folder'], { encoding: 'utf8', env: stEnv(home) });
  const deviceId = /Device ID: ([A-Z0-9-]+)/.exec(`${out.stdout}${out.stderr}`)?.[1];
  if (!deviceId) throw new Error(`syncthing generate gave no device id: ${out.stdout}${out.stderr}`);
  const apiKey = `prosjektboka-test-${name}-${Math.random().toString(36).slice(2)}`;
  return { name, home, folder, deviceId, apiKey, guiPort: await freePort(), listenPort: await freePort(), log: '' };
}

/** Writes the peer's config.xml: loopback only, the others as known devices, the one shared folder. */
export function configure(peer: SyncthingPeer, all: readonly SyncthingPeer[]): void {
  const path = join(peer.home, 'config.xml');
  let xml = readFileSync(path, 'utf8');
  const set = (tag: string, value: string) => {
    xml = xml.replace(new RegExp(`<${tag}>[^<]*</${tag}>`), `<${tag}>${value}</${tag}>`);
  };
  set('listenAddress', `tcp://127.0.0.1:${peer.listenPort}`);
  set('globalAnnounceEnabled', 'false');
  set('localAnnounceEnabled', 'false');
  set('relaysEnabled', 'false');
  set('natEnabled', 'false');
  set('startBrowser', 'false');
  set('urAccepted', '-1');
  set('autoUpgradeIntervalH', '0');
  set('crashReportingEnabled', 'false');
  set('reconnectionIntervalS', '1');
  xml = xml.replace(/<gui ([^>]*)>\s*<address>[^<]*<\/address>/, `<gui $1>\n        <address>127.0.0.1:${peer.guiPort}</address>`);
  xml = xml.replace(/<apikey>[^<]*<\/apikey>/, `<apikey>${peer.apiKey}</apikey>`);
  const others = all.filter((p) => p !== peer);
  const devices = others
    .map((o) => `    <device id="${o.deviceId}" name="${o.name}" compression="metadata" introducer="false" skipIntroductionRemovals="false" introducedBy="">
        <address>tcp://127.0.0.1:${o.listenPort}</address>
        <paused>false</paused>
        <autoAcceptFolders>false</autoAcceptFolders>
    </device>\n`)
    .join('');
  const folder = `    <folder id="${FOLDER_ID}" label="Prosjektboka" path="${peer.folder}" type="sendreceive" rescanIntervalS="2" fsWatcherEnabled="true" fsWatcherDelayS="1" ignorePerms="false" autoNormalize="true">
${all.map((p) => `        <device id="${p.deviceId}" introducedBy=""></device>`).join('\n')}
        <minDiskFree unit="%">0</minDiskFree>
    </folder>\n`;
  xml = xml.replace('    <gui ', `${folder}${devices}    <gui `);
  writeFileSync(path, xml);
}

export function start(peer: SyncthingPeer): void {
  const child = spawn(SYNCTHING, ['serve', `--home=${peer.home}`, '--no-browser', '--no-restart', '--no-upgrade', `--gui-address=127.0.0.1:${peer.guiPort}`, '--logflags=0'], {
    env: stEnv(peer.home),
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const keep = (d: Buffer) => {
    peer.log = (peer.log + d.toString()).slice(-20_000);
  };
  child.stdout!.on('data', keep);
  child.stderr!.on('data', keep);
  peer.process = child;
}

/** Ends the process and waits for it to be gone. */
export async function stop(peer: SyncthingPeer): Promise<void> {
  const child = peer.process;
  if (!child || child.exitCode !== null || child.signalCode !== null) return;
  const gone = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), 15_000);
  await gone;
  clearTimeout(timer);
}

/** A GET (or POST) on the peer's REST API with its key; null while it is not up. */
export async function rest<T>(peer: SyncthingPeer, path: string, method: 'GET' | 'POST' = 'GET'): Promise<T | null> {
  try {
    const res = await fetch(`http://127.0.0.1:${peer.guiPort}${path}`, { method, headers: { 'X-API-Key': peer.apiKey } });
    if (!res.ok) return null;
    const text = await res.text();
    return (text ? JSON.parse(text) : {}) as T;
  } catch {
    return null;
  }
}

/** Polls `check` until it holds: a wait for a condition, bounded only so that a broken run ends. */
export async function waitFor(what: string, check: () => boolean | Promise<boolean>, peers: readonly SyncthingPeer[], timeoutMs = 240_000): Promise<void> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    if (await check()) return;
    if (Date.now() > until) throw new Error(`Timed out waiting for ${what}.\n${peers.map((p) => `--- ${p.name}:\n${p.log.slice(-3000)}`).join('\n')}`);
    await new Promise((r) => setTimeout(r, 250));
  }
}

function stEnv(home: string): NodeJS.ProcessEnv {
  return { ...process.env, HOME: home, STNOUPGRADE: '1', STNODEFAULTFOLDER: '1', STNORESTART: '1' };
}
