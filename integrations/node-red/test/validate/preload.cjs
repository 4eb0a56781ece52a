'use strict';
// Loaded into node-red-dev's process (node -r) by validate.mjs. node-red-dev 0.1.6 has no
// option to leave out a check, and two of its checks fetch the flow library's catalogue
// (https://catalogue.nodered.org/catalogue.json): P08 (similar package names) and N01 (node
// type names unique in the catalogue). Offline, that fetch fails with ENOTFOUND and the tool
// stops at P08, before every later check. Here the catalogue is fetched as usual; only when
// it cannot be reached is it answered with an empty catalogue, so that the other checks run,
// and WFS_VALIDATE_SKIPPED (a file) records why: validate.mjs then reports P08 and N01 as not
// checked (never as passed).
//
// With WFS_VALIDATE_NODE_RED (a JSON file: the npm registry's answer for `node-red` as
// validate.mjs builds it from the pinned Node-RED versions the tests run), P06 and P07 (the
// Node-RED and Node.js versions) are checked against those versions instead of the registry's
// current ones: offline and the same on every run.
const { appendFileSync, readFileSync } = require('node:fs');
const { dirname } = require('node:path');

const axios = require(require.resolve('axios', { paths: [dirname(require.resolve('node-red-dev/package.json'))] }));
const get = axios.get.bind(axios);
const CATALOGUE = 'https://catalogue.nodered.org/catalogue.json';
const REGISTRY_NODE_RED = 'https://registry.npmjs.org/node-red';
const OFFLINE = new Set(['ENOTFOUND', 'EAI_AGAIN', 'ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'ENETUNREACH', 'EHOSTUNREACH']);

axios.get = async function (url, ...rest) {
  if (url === REGISTRY_NODE_RED && process.env.WFS_VALIDATE_NODE_RED) {
    return { status: 200, data: JSON.parse(readFileSync(process.env.WFS_VALIDATE_NODE_RED, 'utf8')) };
  }
  if (url !== CATALOGUE) return get(url, ...rest);
  try {
    return await get(url, { timeout: 15000, ...(rest[0] || {}) });
  } catch (err) {
    if (!OFFLINE.has(err.code)) throw err;
    appendFileSync(process.env.WFS_VALIDATE_SKIPPED, `${err.code} ${new URL(url).hostname}\n`);
    return { status: 200, data: { modules: [] } };
  }
};
