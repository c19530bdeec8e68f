// Runs verifyDraw off the main thread so the page keeps painting its progress while a
// county-sized bundle (tens of thousands of tickets) is recomputed.
import { verifyDraw } from '@liancha/domain';
import { outcomeOf, type WorkerReply } from './outcome';

self.onmessage = (event: MessageEvent<string>) => {
  const reply: WorkerReply = outcomeOf(event.data, verifyDraw);
  self.postMessage(reply);
};
