"""Every page loads cleanly: no console error, no Content-Security-Policy violation, nothing from another host.

The policy itself is proved in force, so "no violation" cannot pass merely because no policy exists.
"""

import pytest

pytestmark = pytest.mark.browser

CSP_META = 'meta[http-equiv="Content-Security-Policy"]'


def load_problems(record: dict) -> list[str]:
    """What went wrong while a page loaded, from its record in the session's sweep (sweep.load_step)."""
    problems = [f"console error: {text}" for text in record["console_errors"]]
    problems += [f"uncaught exception: {text}" for text in record["page_errors"]]
    problems += [f"CSP violation: {text}" for text in record["csp_violations"]]
    problems += [f"request to another host: {url}" for url in record["foreign_requests"]]
    if record["csp_meta"] != 1:
        problems.append(f"expected exactly one <{CSP_META}> in the page")
    return problems


def test_every_page_loads_without_errors_violations_or_foreign_requests(sweep_load, site_pages):
    """Every page as the session's sweep (sweep.py) loaded it on a desktop, until its search index was loaded."""
    assert sorted(sweep_load) == sorted(site_pages), "the sweep did not load every page"
    problems = {path: found for path, record in sweep_load.items() if (found := load_problems(record))}
    assert not problems, "\n".join(f"/{page}: {problem}" for page, found in problems.items() for problem in found)


def test_the_content_security_policy_is_enforced(desktop_tab):
    """An injected inline script and eval() are refused, and the refusal reaches the test's listener."""
    visit = desktop_tab.visit("")
    outcome = desktop_tab.page.evaluate("""() => new Promise((resolve) => {
        document.addEventListener('securitypolicyviolation', (e) => resolve(e.effectiveDirective), {once: true});
        const script = document.createElement('script');
        script.textContent = 'window.__injectedScriptRan = true';
        document.head.append(script);
        // An allowed inline script runs synchronously on insertion; a refused one fires the event later.
        if (window.__injectedScriptRan) resolve('the injected inline script ran');
    })""")
    assert outcome.startswith("script-src"), outcome
    assert visit.csp_violations, "the violation did not reach the test's securitypolicyviolation listener"
    assert evaluated_by_a_site_script(desktop_tab, "eval('\"eval ran\"')") == "EvalError", (
        "eval() ran; the policy must not allow 'unsafe-eval'"
    )


def evaluated_by_a_site_script(tab, expression: str) -> str:
    """Run `expression` from a script the site itself serves, so the page's policy applies to it.

    Code sent through Playwright's evaluate() is exempt from the policy's eval rule; a same-origin
    <script src> is not. The script exists only in this test: the route answers for it.
    """
    probe_url = tab.base_url + "__csp_probe.js"
    body = f"try {{ window.__probeResult = String({expression}); }} catch (e) {{ window.__probeResult = e.name; }}"
    tab.page.route(probe_url, lambda route: route.fulfill(body=body, content_type="text/javascript"))
    try:
        tab.page.add_script_tag(url=probe_url)
    finally:
        tab.page.unroute(probe_url)
    return tab.page.evaluate("() => window.__probeResult")
