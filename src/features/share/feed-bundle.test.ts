import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { openHomewardDB } from '../../store/db';
import { syncNow } from '../../sync/sync-now';
import { sampleTables } from '../../../feed/testing/sample-tables';
import { serveDirectory, testPublisher } from '../../../feed/testing/test-publisher';
import { BUNDLE_BASE_URL, bundleFetch, packFeedBundle, unpackFeedBundle } from './feed-bundle';

// A day after the test publisher's publishes: the feed is current.
const NOW = new Date('2020-12-23T00:00:00Z');
const freshDb = () => openHomewardDB({}, undefined, `bundle-${Math.random().toString(36).slice(2)}`);

describe('feed bundles', () => {
  it('carry a newer feed from one phone to another, applied through the sync engine', async () => {
    const publisher = await testPublisher();
    const [sender, receiver] = [await freshDb(), await freshDb()];
    const network = { rootKeys: publisher.rootKeys, fetch: serveDirectory(publisher.dir), now: NOW };
    await syncNow(sender, 'https://feed.test/feed/', network);
    await syncNow(receiver, 'https://feed.test/feed/', network);
    await publisher.publish(sampleTables('Passed on by QR'));
    await syncNow(sender, 'https://feed.test/feed/', network);

    const bundle = await packFeedBundle(await sender.getAll('feedFiles'));
    const files = (await unpackFeedBundle(bundle))!;
    const result = await syncNow(receiver, BUNDLE_BASE_URL, { rootKeys: publisher.rootKeys, fetch: bundleFetch(files), now: NOW });
    expect(result).toMatchObject({ status: 'applied', datasets: ['hazards'] });
    expect((await receiver.get('hazards', 'hz-1'))?.title.en).toBe('Passed on by QR');
  });

  it('that lack a file the receiver needs apply nothing and fail as a missing file (HTTP 404)', async () => {
    const publisher = await testPublisher();
    const sender = await freshDb();
    await syncNow(sender, 'https://feed.test/feed/', { rootKeys: publisher.rootKeys, fetch: serveDirectory(publisher.dir), now: NOW });
    const onlyManifest = (await sender.getAll('feedFiles')).filter((file) => file.path.startsWith('manifest.'));
    const files = (await unpackFeedBundle(await packFeedBundle(onlyManifest)))!;
    const receiver = await freshDb();
    const result = await syncNow(receiver, BUNDLE_BASE_URL, { rootKeys: publisher.rootKeys, fetch: bundleFetch(files), now: NOW });
    expect(result.status === 'failed' && result.error.code).toBe('http');
    expect(await receiver.count('hazards')).toBe(0);
  });

  it('refuse malformed and oversized bundles without throwing', async () => {
    expect(await unpackFeedBundle(new Uint8Array([1, 2, 3]))).toBeUndefined();
    const zeros = new Uint8Array(9 * 1024 * 1024);
    const bomb = new Uint8Array(await new Response(new Blob([zeros]).stream().pipeThrough(new CompressionStream('deflate-raw'))).arrayBuffer());
    expect(await unpackFeedBundle(bomb)).toBeUndefined();
    const valid = await packFeedBundle([{ path: 'manifest.json', bytes: new Uint8Array([123, 125]) }]);
    const outcomes = { refused: 0, unpacked: 0 };
    for (let index = 0; index < 300; index++) {
      const mutated = valid.slice();
      mutated[index % mutated.length]! ^= 1 << (index % 8);
      const files = await unpackFeedBundle(mutated);
      if (!files) {
        outcomes.refused++;
        continue;
      }
      // A mutation that still unpacks yields only safe file names, never a path out of the bundle.
      outcomes.unpacked++;
      for (const path of files.keys()) expect(path).toMatch(/^[a-z0-9][a-z0-9._-]*$/);
    }
    // Both branches ran: most flips break the deflate stream or a length, a few survive as other bytes.
    expect(outcomes.refused).toBeGreaterThan(0);
    expect(outcomes.unpacked).toBeGreaterThan(0);
  });
});
