'use strict';
// The editor routes' guard against web pages a user visits while Node-RED runs, the same
// rules as the step service's and its editor's: a request must be addressed to Node-RED by
// a name a page cannot rebind, come from no other site, and send JSON.
//
// - Host: an IP address, `localhost` (or `*.localhost`), this machine's host name (bare or
//   `.local`), or a name listed in the setting `workflowStepAllowedHosts` (settings.js), e.g.
//   the public name of a proxy in front of Node-RED. A DNS-rebinding page keeps sending its
//   own name as `Host`, so it is refused; an IP literal cannot be rebound.
// - No other site: an `Origin`, if present, must be the request's own `http(s)://<Host>` or
//   name a listed host; `Sec-Fetch-Site`, if present, must be `same-origin` or `none`.
// - JSON: a request that is not GET/HEAD must be `Content-Type: application/json`, which a
//   cross-site page cannot send without a CORS preflight (Node-RED grants none by default).
//
// Refusals are 403 with the routes' `{status, body}` shape and the service's error envelope.
const net = require('node:net');
const os = require('node:os');

/** The name part of a `Host` value (`name`, `name:port`, `[v6]:port`), lower-cased, or null. */
function hostName(host) {
  if (typeof host !== 'string' || host.length === 0 || host.length > 255) return null;
  const value = host.trim().toLowerCase();
  const v6 = value.match(/^\[([0-9a-f:.]+)\](?::\d{1,5})?$/);
  if (v6) return net.isIPv6(v6[1]) ? v6[1] : null;
  const named = value.match(/^([a-z0-9.-]+)(?::\d{1,5})?$/);
  return named ? named[1].replace(/\.$/, '') : null;
}

/** Whether `name` (from {@link hostName}) is one Node-RED may be addressed by. */
function allowedName(name, allowed) {
  if (!name) return false;
  if (net.isIP(name)) return true;
  if (name === 'localhost' || name.endsWith('.localhost')) return true;
  const self = os.hostname().toLowerCase();
  if (name === self || name === `${self}.local`) return true;
  return listed(name, allowed);
}

/** Whether `name` is one of the operator's `workflowStepAllowedHosts`. */
function listed(name, allowed) {
  return allowed.some((entry) => typeof entry === 'string' && entry.trim().toLowerCase() === name);
}

/** Why `req` is refused, as `{code, message}`, or null when it may proceed. */
function refusal(req, allowed) {
  const host = req.headers.host;
  if (!allowedName(hostName(host), allowed)) {
    return {
      code: 'HOST_NOT_ALLOWED',
      message: 'this request is not addressed to Node-RED by a name it answers to; add the name to workflowStepAllowedHosts in settings.js',
    };
  }
  const origin = req.headers.origin;
  if (origin !== undefined) {
    let same = false;
    try {
      const url = new URL(origin);
      // Its own origin, or a name the operator listed (a proxy in front that rewrites Host).
      same = (url.protocol === 'http:' || url.protocol === 'https:') &&
        (url.host === String(host).trim().toLowerCase() || listed(url.hostname, allowed));
    } catch {
      same = false;
    }
    if (!same) return { code: 'CROSS_SITE_REFUSED', message: 'requests from another site are refused' };
  }
  const site = req.headers['sec-fetch-site'];
  if (site !== undefined && site !== 'same-origin' && site !== 'none') {
    return { code: 'CROSS_SITE_REFUSED', message: 'requests from another site are refused' };
  }
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    const type = String(req.headers['content-type'] || '').split(';')[0].trim().toLowerCase();
    if (type !== 'application/json') {
      return { code: 'JSON_REQUIRED', message: 'send the request body as application/json' };
    }
  }
  return null;
}

/**
 * An Express middleware applying the guard, with the extra host names `allowedHosts()` gives
 * (asked on each request). `refuse(res, status, code, message)` answers a refusal.
 */
function middleware(allowedHosts, refuse) {
  return (req, res, next) => {
    const extra = allowedHosts();
    const refused = refusal(req, Array.isArray(extra) ? extra : []);
    if (refused) {
      refuse(res, 403, refused.code, refused.message);
      return;
    }
    next();
  };
}

module.exports = { hostName, allowedName, refusal, middleware };
