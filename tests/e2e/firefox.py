"""The single-file copy (dist/vad-blir-kvar.html) opened from disk in Firefox with no network.

    target/firefox-venv/bin/python tests/e2e/firefox.py

The Chromium e2e run (tests/e2e/e2e.mjs) checks the copy in Chromium; this checks the other
browser counsellors use, Debian's Firefox ESR driven through Marionette. Every http(s)
request goes to a closed port (a proxy on 127.0.0.1:9), so the copy works only if it needs
none. A share link in the address gives the situation; the cards must show what the engine
(target/debug/kalkyl) computes for it, in whole kronor. Prints one line per test and, last,
"N passed, N failed".
"""

import base64
import json
import logging
import os
import subprocess
import sys
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path

from marionette_driver import By, Wait
from marionette_driver.marionette import Marionette

ROOT = Path(__file__).resolve().parents[2]
KOPIA = ROOT / "dist" / "vad-blir-kvar.html"
KALKYL = ROOT / "target" / "debug" / "kalkyl"

# What the form writes for one adult on aktivitetsersättning in Göteborg trying 20 h at 135 kr,
# in March 2026: a share link as the app makes them.
SCENARIO = {
    "schema_version": 1,
    "year": 2026,
    "month": 3,
    "kommun": "Göteborg",
    "people": [
        {
            "birth_year": 2002,
            "birth_month": 1,
            "aktivitetsersattning": {"slag": "aktivitetsersattning", "niva": "hel"},
        }
    ],
    "household": {"boendekostnad_per_manad": "6000"},
    "alternatives": [
        {"label": "Jobb 1", "people": {"0": {"job": {"hourly_wage": "135", "hours_per_week": "20"}}}}
    ],
}


def hela(x: str) -> int:
    """Whole kronor as the cards show them: half away from zero."""
    return int(Decimal(x).quantize(Decimal(1), rounding=ROUND_HALF_UP))


def kronor(text: str) -> int:
    s = "".join(c for c in text if c not in " \u00a0\u202f").removesuffix("kr").replace("\u2212", "-")
    return int(s)


def main() -> int:
    passed, failed = 0, 0

    def test(name, ok, detail=""):
        nonlocal passed, failed
        if ok:
            passed += 1
            print(f"ok   {name}")
        else:
            failed += 1
            print(f"FAIL {name}: {detail}")

    text = json.dumps(SCENARIO, separators=(",", ":"), ensure_ascii=False)
    motor = json.loads(
        subprocess.run([str(KALKYL), "calculate", "-"], input=text.encode(), capture_output=True, check=True).stdout
    )
    want = [hela(motor["manad"]["disponibel_inkomst"])] + [
        hela(a["manad"]["disponibel_inkomst"]) for a in motor["jamforelse"]
    ]
    fragment = base64.urlsafe_b64encode(text.encode()).decode().rstrip("=")
    url = f"{KOPIA.as_uri()}#s={fragment}"

    closed = {"network.proxy.type": 1}
    for scheme in ("http", "ssl"):
        closed[f"network.proxy.{scheme}"] = "127.0.0.1"
        closed[f"network.proxy.{scheme}_port"] = 9
    # Firefox's own log goes under target/, not into the working tree.
    logg = ROOT / "target" / "firefox-gecko.log"
    m = Marionette(
        bin="/usr/bin/firefox-esr", headless=True, prefs=closed, startup_timeout=60, gecko_log=str(logg)
    )
    try:
        m.start_session()
        m.navigate(url)
        shown = []
        try:
            Wait(m, timeout=30).until(lambda mm: mm.find_elements(By.CSS_SELECTOR, "#scen-1 .disponibel"))
            # The page recomputes as it reads the link; the figures settle within a second.
            Wait(m, timeout=10).until(
                lambda mm: [kronor(e.text) for e in mm.find_elements(By.CSS_SELECTOR, ".scenkort .disponibel")] == want
            )
            shown = [kronor(e.text) for e in m.find_elements(By.CSS_SELECTOR, ".scenkort .disponibel")]
        except Exception as e:  # the assertion below says what was shown
            shown = [e.text for e in m.find_elements(By.CSS_SELECTOR, ".scenkort .disponibel")] or [str(e)]
        test(
            "Firefox ESR: the single-file copy from disk, no network, computes the share link like the engine",
            shown == want,
            f"shown {shown}, engine {want}",
        )
        resurser = m.execute_script(
            "return performance.getEntriesByType('resource').map((r) => r.name)"
            ".concat([location.protocol]);"
        )
        utanfor = [r for r in resurser if not (r.startswith("file:") or r.startswith("data:"))]
        test("Firefox ESR: the copy loads nothing but itself", utanfor == [], f"requests: {utanfor}")
    finally:
        try:
            m.delete_session()
        except Exception:
            pass
        m.cleanup()
    print(f"{passed} passed, {failed} failed")
    return 0 if failed == 0 else 1


if __name__ == "__main__":
    # mozversion's INFO lines about the browser are not the test's output.
    logging.disable(logging.INFO)
    code = main()
    sys.stdout.flush()
    # Not sys.exit: mozprofile's destructor then runs during interpreter shutdown and prints an
    # ImportError that is no failure of ours.
    os._exit(code)
