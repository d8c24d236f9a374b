# shellcheck shell=bash
# Sourced by setup.sh: Chromium and ChromeDriver for the browser test (lib/src/test/java/backprop/notebooks/BrowserIT.java).
# The notebooks themselves do not need them: where they cannot be installed this only says so, and the test
# then fails naming what is missing (or is skipped with -Dbrowser.skip=true).

# The font shows the notebooks' Chinese headings in the test's screenshots (and in the hand-in's PDFs);
# poppler-utils (pdftotext, pdfimages) lets the hand-in test read those PDFs.
BROWSER_PACKAGES="chromium chromium-driver fonts-wqy-zenhei poppler-utils"

ensure_browser() {
    local id=""
    [ -r /etc/os-release ] && id=$(. /etc/os-release && echo "${ID:-}")
    # Debian's packages only: Ubuntu's chromium is a wrapper that installs a snap.
    if [ "$id" = debian ] && command -v apt-get >/dev/null; then
        # shellcheck disable=SC2086
        (apt_install_missing $BROWSER_PACKAGES) || say "browser test: could not install $BROWSER_PACKAGES"
    fi
    if [ -x /usr/bin/chromium ] && [ -x /usr/bin/chromedriver ]; then
        say "browser test: $(/usr/bin/chromedriver --version 2>/dev/null | cut -d' ' -f1-2) with /usr/bin/chromium"
    else
        say "browser test: no /usr/bin/chromium and /usr/bin/chromedriver; install Chromium and its ChromeDriver and"
        say "  give them to the tests with -Dbrowser.chromium=PATH -Dbrowser.chromedriver=PATH, or skip with -Dbrowser.skip=true"
    fi
}
