// Verifies a bundle and reads one enterprise's standing off the main thread, like the verify
// page's worker: a county's bundle holds tens of thousands of tickets to recompute.
import { drawStanding } from '@liancha/domain';
import { standingOf, type StandingReply } from './standing';

self.onmessage = (event: MessageEvent<{ text: string; uscc: string }>) => {
  const reply: StandingReply = standingOf(event.data.text, event.data.uscc, drawStanding);
  self.postMessage(reply);
};
