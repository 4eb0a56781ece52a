'use strict';
// The config node: where the step service is (URL) and its bearer token (a Node-RED
// credential: kept in the encrypted credentials file, never in flows.json, never sent back
// to the editor).
const client = require('./lib/service-client');

module.exports = function (RED) {
  /** A step service: its URL, token and call timeout, shared by the step nodes that use it. */
  function StepServiceNode(config) {
    RED.nodes.createNode(this, config);
    this.url = (config.url || '').trim();
    this.timeoutMs = Math.max(1, Number(config.timeout) || client.DEFAULT_TIMEOUT_MS / 1000) * 1000;
    const token = this.credentials && this.credentials.token;
    // The token stays in this closure; nothing else in the package reads it.
    this.call = (fn, ...args) => fn(this.url, token, ...args);
    this.hasToken = Boolean(token);
  }
  RED.nodes.registerType('step-service', StepServiceNode, {
    credentials: { token: { type: 'password' } },
  });
};
