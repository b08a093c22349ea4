// Reads a JSON Feed with feedsmith, a feed reader's parser for Node.js, and prints what it made
// of it as JSON. Usage: node feedsmith_check.mjs NODE_MODULES_DIR FEED_FILE
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import path from 'node:path';

const require = createRequire(path.join(process.argv[2], 'x.js'));
const { parseFeed } = require('feedsmith');
const parsed = parseFeed(readFileSync(process.argv[3], 'utf8'));
const feed = parsed.feed;
process.stdout.write(JSON.stringify({
  format: parsed.format,
  title: feed.title,
  home_page_url: feed.home_page_url,
  feed_url: feed.feed_url,
  items: (feed.items || []).map(i => ({
    id: i.id, url: i.url, external_url: i.external_url, title: i.title,
    date_published: i.date_published, date_modified: i.date_modified, tags: i.tags || [],
    has_content: typeof i.content_html === 'string' && i.content_html.length > 0,
  })),
}));
