import { loadConfig } from './config.js';
import { loadDemo } from './demo.js';
import { createLogger } from './logger.js';
import { openDatabase } from './open-database.js';

/** `npm run demo:load`: put the demo region into the database named by DATABASE_URL (or the embedded one). */
const config = loadConfig();
const log = createLogger(config.logLevel);
const handle = await openDatabase(config, log);
try {
  const loaded = await loadDemo(handle, config, log);
  console.log(loaded ? `漳平市演示数据已载入 ${handle.location}` : `漳平市演示数据已存在于 ${handle.location}，未作改动`);
} finally {
  await handle.close();
}
