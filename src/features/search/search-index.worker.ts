// The search worker: builds, stores and queries the search index away from the page's thread,
// so typing never waits on a build and no build blocks a tap. It opens its own IndexedDB
// connection, closed whenever another tab needs to upgrade the store.
import { openHomewardDB, type HomewardDB } from '../../store/db';
import { createSearchHost, type SearchReply, type SearchRequest } from './search-host';

let connection: Promise<HomewardDB> | undefined;

function openDatabase(): Promise<HomewardDB> {
  connection ??= openHomewardDB({
    // The connection is closed (or gone): the next request opens a new one, at this code's version.
    onBlocking: () => (connection = undefined),
    onTerminated: () => (connection = undefined),
  }).catch((error: unknown) => {
    connection = undefined;
    throw error;
  });
  return connection;
}

const host = createSearchHost(openDatabase);
const scope = self as unknown as {
  addEventListener: (type: 'message', listener: (event: MessageEvent<SearchRequest>) => void) => void;
  postMessage: (reply: SearchReply) => void;
};

scope.addEventListener('message', ({ data }) => {
  void host.handle(data).then((reply) => scope.postMessage(reply));
});
