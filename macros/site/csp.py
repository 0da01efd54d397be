"""The security policy each built page carries in its own <head>, since a static host may send no headers.

`mkdocs_hooks.py` calls `secure_page` on every page MkDocs writes. The Content-Security-Policy allows the
site itself and nothing else. Scripts: the theme's files from the site, and each inline script of
that very page by its SHA-256 hash (Material writes a few small ones, some of them different per
page), so no 'unsafe-inline' and no 'unsafe-eval'. Styles need no 'unsafe-inline' either: the pages
carry no style attribute or <style> element (the charts' SVG uses presentation attributes), and the
theme's script styles elements through the CSSOM, which a policy does not block; checked in
Chromium with search, the palette toggle and tooltips. Search runs in a worker loaded from the site
('self', no blob:). Images may be data: URIs, as the theme's icons in its CSS are.
"""

from __future__ import annotations

import base64
import hashlib
import re

REFERRER_POLICY = "strict-origin-when-cross-origin"
# Directive -> sources; script-src gets the page's hashes appended.
POLICY = (
    ("default-src", "'self'"),
    ("script-src", "'self'"),
    ("style-src", "'self'"),
    ("img-src", "'self' data:"),
    ("font-src", "'self'"),
    ("connect-src", "'self'"),
    ("worker-src", "'self'"),
    ("manifest-src", "'self'"),
    ("object-src", "'none'"),
    ("base-uri", "'self'"),
    ("form-action", "'self'"),
)

_INLINE_SCRIPT = re.compile(r"<script(?![^>]*\bsrc\s*=)[^>]*>(.*?)</script\s*>", re.S | re.I)
_CHARSET = re.compile(r"<meta\s+charset\s*=[^>]*>", re.I)
_HEAD = re.compile(r"<head(\s[^>]*)?>", re.I)


class PolicyError(RuntimeError):
    """A page cannot carry the policy (no <head>, or a policy is already there): a bug, not a data mistake."""


def inline_scripts(html: str) -> list[str]:
    """The text of every <script> element without a src, exactly as the browser will hash it."""
    return [match.group(1) for match in _INLINE_SCRIPT.finditer(html)]


def script_hash(script: str) -> str:
    digest = hashlib.sha256(script.encode("utf-8")).digest()
    return f"'sha256-{base64.b64encode(digest).decode('ascii')}'"


def policy(html: str) -> str:
    """The Content-Security-Policy for one page: the fixed directives plus that page's script hashes."""
    hashes = list(dict.fromkeys(script_hash(script) for script in inline_scripts(html)))
    directives = []
    for name, sources in POLICY:
        if name == "script-src" and hashes:
            sources = " ".join([sources, *hashes])
        directives.append(f"{name} {sources}")
    return "; ".join(directives)


def secure_page(html: str) -> str:
    """The page with its CSP and referrer policy as <meta> tags, placed before its first script."""
    if 'http-equiv="Content-Security-Policy"' in html:
        raise PolicyError("the page already carries a Content-Security-Policy; expected exactly one")
    tags = (
        f'<meta http-equiv="Content-Security-Policy" content="{policy(html)}">'
        f'<meta name="referrer" content="{REFERRER_POLICY}">'
    )
    anchor = _CHARSET.search(html) or _HEAD.search(html)
    if anchor is None:
        raise PolicyError("the page has no <head>; expected a full HTML page")
    secured = html[: anchor.end()] + tags + html[anchor.end() :]
    first_script = secured.lower().find("<script")
    if first_script != -1 and first_script < secured.index(tags):
        raise PolicyError("a script comes before the policy; expected the policy first in <head>")
    return secured
