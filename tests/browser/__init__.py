"""Proof in a real browser: Debian's Chromium, driven by Playwright, against the built site on 127.0.0.1."""
