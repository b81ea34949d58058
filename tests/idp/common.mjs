// What the two test identity providers share: their command line, the people
// who may sign in, the sign-in page and the test-only admin endpoints.
// tests/idp/servers.py starts them; nothing here reaches beyond loopback.
import { timingSafeEqual } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';

export function readOptions() {
  const { values } = parseArgs({
    options: { port: { type: 'string' }, config: { type: 'string' } },
  });
  if (!values.port || !values.config) {
    throw new Error('usage: node <idp>.mjs --port N --config FILE');
  }
  return { port: Number(values.port), config: JSON.parse(readFileSync(values.config, 'utf8')) };
}

export function escapeHtml(value) {
  return String(value)
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replaceAll('"', '&quot;')
    .replaceAll("'", '&#39;');
}

function sameSecret(given, expected) {
  const a = Buffer.from(String(given ?? ''));
  const b = Buffer.from(String(expected));
  return a.length === b.length && timingSafeEqual(a, b);
}

// The people of the directory: { login, password, claims: { sub, email, ..., amr, acr } }.
export class Directory {
  constructor(users) {
    this.replace(users ?? []);
  }

  replace(users) {
    if (!Array.isArray(users)) throw new TypeError('users must be a list');
    for (const user of users) {
      if (!user.login || !user.password || !user.claims?.sub) {
        throw new TypeError('each user needs login, password and claims.sub');
      }
    }
    this.users = new Map(users.map((user) => [user.login, structuredClone(user)]));
  }

  remove(login) {
    return this.users.delete(login);
  }

  // The person these credentials belong to, or null; an unknown login and a
  // wrong password are refused alike.
  authenticate(login, password) {
    const user = this.users.get(String(login ?? ''));
    return user && sameSecret(password, user.password) ? user : null;
  }

  bySub(sub) {
    for (const user of this.users.values()) {
      if (user.claims.sub === sub) return user;
    }
    return null;
  }
}

export async function readForm(req, limit = 1024 * 1024) {
  const chunks = [];
  let size = 0;
  for await (const chunk of req) {
    size += chunk.length;
    if (size > limit) throw new Error('request body too large');
    chunks.push(chunk);
  }
  return Buffer.concat(chunks).toString('utf8');
}

export function send(res, status, body, type = 'text/html; charset=utf-8', headers = {}) {
  res.writeHead(status, {
    'content-type': type,
    'cache-control': 'no-store',
    // The pages load nothing from elsewhere and run only this server's scripts.
    'content-security-policy': "default-src 'none'; img-src data:; style-src 'unsafe-inline'; script-src 'self'; form-action *; base-uri 'none'",
    ...headers,
  });
  res.end(body);
}

export function page(title, body) {
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)}</title>
<link rel="icon" href="data:,">
<style>
body{font-family:system-ui,sans-serif;max-width:24rem;margin:3rem auto;padding:0 1rem}
label{display:block;margin-top:1rem}input{display:block;width:100%;padding:.4rem;font-size:1rem}
button{margin-top:1.5rem;padding:.5rem 1.5rem;font-size:1rem}.error{color:#a00000}
</style>
</head>
<body>
<main>
${body}
</main>
</body>
</html>`;
}

// A real sign-in form: the login and password are checked by the server.
export function loginPage({ heading, action, hidden = {}, error = '', login = '' }) {
  const fields = Object.entries(hidden)
    .map(([name, value]) => `<input type="hidden" name="${escapeHtml(name)}" value="${escapeHtml(value)}">`)
    .join('\n');
  const alert = error ? `<p class="error" role="alert">${escapeHtml(error)}</p>` : '';
  return page(heading, `<h1>${escapeHtml(heading)}</h1>
${alert}
<form method="post" action="${escapeHtml(action)}" autocomplete="off">
${fields}
<label for="login">Username</label>
<input id="login" name="login" value="${escapeHtml(login)}" required autofocus>
<label for="password">Password</label>
<input id="password" name="password" type="password" required>
<button type="submit">Sign in</button>
</form>`);
}

export const WRONG_CREDENTIALS = 'Wrong username or password.';

// POST /_test/users (a JSON list replaces the people), DELETE /_test/users/<login>,
// GET /_test/users (their logins), with "Authorization: Bearer <admin_token>";
// `more` adds routes of a server's own: { 'POST /_test/clients': async (json) => answer }.
// Answers true when the request was for /_test/.
export async function adminRoute(req, res, url, directory, token, more = {}) {
  if (!url.pathname.startsWith('/_test/')) return false;
  if (!sameSecret(req.headers.authorization, `Bearer ${token}`)) {
    send(res, 401, '{"error": "unauthorized"}', 'application/json');
    return true;
  }
  try {
    const own = more[`${req.method} ${url.pathname}`];
    if (own) {
      const answer = await own(JSON.parse(await readForm(req)));
      send(res, 200, JSON.stringify(answer ?? {}), 'application/json');
    } else if (url.pathname === '/_test/users' && req.method === 'POST') {
      directory.replace(JSON.parse(await readForm(req)));
      send(res, 200, JSON.stringify({ users: [...directory.users.keys()] }), 'application/json');
    } else if (url.pathname === '/_test/users' && req.method === 'GET') {
      send(res, 200, JSON.stringify({ users: [...directory.users.keys()] }), 'application/json');
    } else if (url.pathname.startsWith('/_test/users/') && req.method === 'DELETE') {
      const login = decodeURIComponent(url.pathname.slice('/_test/users/'.length));
      send(res, directory.remove(login) ? 204 : 404, '', 'application/json');
    } else {
      send(res, 404, '{"error": "not found"}', 'application/json');
    }
  } catch (error) {
    send(res, 400, JSON.stringify({ error: String(error.message) }), 'application/json');
  }
  return true;
}

export function listen(server, port, name) {
  server.listen(port, '127.0.0.1', () => {
    process.stdout.write(`${name} listening on http://127.0.0.1:${port}\n`);
  });
  const stop = () => server.close(() => process.exit(0));
  process.on('SIGTERM', stop);
  process.on('SIGINT', stop);
}
