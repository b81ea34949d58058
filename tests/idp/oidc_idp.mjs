// An OpenID Connect provider for the tests (panva's oidc-provider), on loopback:
//   node tests/idp/oidc_idp.mjs --port N --config FILE
// The config (JSON): { issuer, admin_token, clients: [{ client_id, client_secret,
// redirect_uris, post_logout_redirect_uris? }], users: [{ login, password,
// claims: { sub, email, ..., groups, amr, acr? } }], acr_values? }.
// People sign in on a real form (wrong or removed credentials are refused);
// consent is given for the configured clients without asking. The ID token and
// userinfo carry the directory claims; the ID token also amr and acr.
// tests/idp/servers.py (OidcIdp) starts and drives it.
import { generateKeyPairSync, randomBytes, randomUUID } from 'node:crypto';
import { createServer } from 'node:http';

import Provider, { interactionPolicy } from 'oidc-provider';

import {
  adminRoute, Directory, escapeHtml, listen, loginPage, page, readForm, readOptions, send,
  WRONG_CREDENTIALS,
} from './common.mjs';

const DIRECTORY_CLAIMS = ['employee_id', 'department', 'team', 'manager_email', 'groups'];
const AUTHENTICATION_CLAIMS = new Set(['amr', 'acr']);

const { port, config } = readOptions();
const directory = new Directory(config.users);

// A new signing key each start: relying parties read it from jwks_uri.
const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
const signingKey = { ...privateKey.export({ format: 'jwk' }), kid: randomUUID(), use: 'sig', alg: 'RS256' };
const cookieKeys = [randomBytes(32).toString('hex')];

function account(sub) {
  const user = directory.bySub(sub);
  if (!user) return undefined; // removed: sessions and codes stop working
  return {
    accountId: sub,
    async claims() {
      return Object.fromEntries(
        Object.entries(user.claims).filter(([name]) => !AUTHENTICATION_CLAIMS.has(name)),
      );
    },
  };
}

async function renderError(ctx, out) {
  ctx.type = 'html';
  ctx.body = page('Sign-in failed', `<h1>Sign-in failed</h1>
${Object.entries(out).map(([key, value]) => `<p><strong>${escapeHtml(key)}</strong>: ${escapeHtml(value)}</p>`).join('\n')}`);
}

async function logoutSource(ctx, form) {
  ctx.body = page('Sign out', `<h1>Sign out of ${escapeHtml(ctx.host)}?</h1>
${form}
<button type="submit" form="op.logoutForm" name="logout" value="yes">Sign out</button>
<button type="submit" form="op.logoutForm">Stay signed in</button>`);
}

async function postLogoutSuccessSource(ctx) {
  ctx.body = page('Signed out', '<h1>Signed out</h1><p>You are signed out.</p>');
}

// Someone removed from the directory while signed in here must sign in again
// (and cannot): their session no longer counts.
const policy = interactionPolicy.base();
policy.get('login').checks.add(new interactionPolicy.Check(
  'account_removed',
  'the signed-in person is no longer in the directory',
  (ctx) => (ctx.oidc.session.accountId && !ctx.oidc.account
    ? interactionPolicy.Check.REQUEST_PROMPT
    : interactionPolicy.Check.NO_NEED_TO_PROMPT),
));

function makeProvider(clients) {
  const acrValues = new Set(config.acr_values ?? []);
  for (const user of directory.users.values()) {
    if (user.claims.acr) acrValues.add(user.claims.acr);
  }
  const provider = new Provider(config.issuer, {
    clients: clients.map((client) => ({
      client_id: client.client_id,
      client_secret: client.client_secret,
      redirect_uris: client.redirect_uris,
      post_logout_redirect_uris: client.post_logout_redirect_uris ?? [],
      grant_types: ['authorization_code'],
      response_types: ['code'],
      token_endpoint_auth_method: client.token_endpoint_auth_method ?? 'client_secret_basic',
    })),
    jwks: { keys: [signingKey] },
    cookies: { keys: cookieKeys },
    findAccount: (ctx, sub) => account(sub),
    scopes: ['openid', 'email', 'profile', 'directory'],
    claims: {
      // How the person signed in goes in every ID token.
      openid: ['sub', 'amr', 'acr'],
      email: ['email', 'email_verified'],
      profile: ['name', 'given_name', 'family_name', 'locale', ...DIRECTORY_CLAIMS],
      directory: DIRECTORY_CLAIMS,
      auth_time: null,
      sid: null,
      iss: null,
    },
    acrValues: [...acrValues],
    // The ID token carries the person's claims too, not only userinfo.
    conformIdTokenClaims: false,
    // Clients with a secret may use PKCE (allauth does when asked); public ones must.
    pkce: { required: (ctx, client) => client.clientAuthMethod === 'none' },
    clientBasedCORS: () => false,
    ttl: { AccessToken: 600, AuthorizationCode: 60, IdToken: 600, Interaction: 600, Session: 3600, Grant: 3600 },
    features: {
      devInteractions: { enabled: false },
      rpInitiatedLogout: { enabled: true, logoutSource, postLogoutSuccessSource },
    },
    interactions: { policy, url: (ctx, interaction) => `/interaction/${interaction.uid}` },
    renderError,
  });
  provider.on('server_error', (ctx, error) => process.stderr.write(`server_error: ${error.stack}\n`));
  return provider;
}

let provider = makeProvider(config.clients);

async function interaction(req, res, url) {
  const [, , uid, action] = url.pathname.split('/');
  const details = await provider.interactionDetails(req, res);
  if (details.uid !== uid) throw new Error('interaction mismatch');
  const { prompt, params } = details;
  const heading = `Sign in to ${config.name ?? 'Company directory'}`;
  const formAction = `/interaction/${uid}/login`;

  if (prompt.name === 'login' && req.method === 'POST' && action === 'login') {
    const form = new URLSearchParams(await readForm(req));
    const user = directory.authenticate(form.get('login'), form.get('password'));
    if (!user) {
      send(res, 200, loginPage({ heading, action: formAction, error: WRONG_CREDENTIALS, login: form.get('login') ?? '' }));
      return;
    }
    const login = { accountId: user.claims.sub, remember: false };
    if (user.claims.amr) login.amr = user.claims.amr;
    if (user.claims.acr) login.acr = user.claims.acr;
    await provider.interactionFinished(req, res, { login }, { mergeWithLastSubmission: false });
    return;
  }
  if (prompt.name === 'login') {
    send(res, 200, loginPage({ heading, action: formAction, login: params.login_hint ?? '' }));
    return;
  }
  if (prompt.name === 'consent') {
    // Only configured clients exist here, and the company has agreed for its people.
    const grant = details.grantId
      ? await provider.Grant.find(details.grantId)
      : new provider.Grant({ accountId: details.session.accountId, clientId: params.client_id });
    if (prompt.details.missingOIDCScope) grant.addOIDCScope(prompt.details.missingOIDCScope.join(' '));
    if (prompt.details.missingOIDCClaims) grant.addOIDCClaims(prompt.details.missingOIDCClaims);
    for (const [indicator, scopes] of Object.entries(prompt.details.missingResourceScopes ?? {})) {
      grant.addResourceScope(indicator, scopes.join(' '));
    }
    const grantId = await grant.save();
    const consent = details.grantId ? {} : { grantId };
    await provider.interactionFinished(req, res, { consent }, { mergeWithLastSubmission: true });
    return;
  }
  throw new Error(`unexpected prompt ${prompt.name}`);
}

const server = createServer(async (req, res) => {
  const url = new URL(req.url, config.issuer);
  try {
    const more = {
      'POST /_test/clients': async (clients) => {
        provider = makeProvider(clients);
        return { clients: clients.map((client) => client.client_id) };
      },
    };
    if (await adminRoute(req, res, url, directory, config.admin_token, more)) return;
    if (url.pathname.startsWith('/interaction/')) {
      await interaction(req, res, url);
      return;
    }
    provider.callback()(req, res);
  } catch (error) {
    process.stderr.write(`${error.stack}\n`);
    if (!res.headersSent) send(res, 400, page('Sign-in failed', `<h1>Sign-in failed</h1><p>${escapeHtml(error.message)}</p>`));
  }
});

listen(server, port, 'OpenID Connect provider');
