"""The chat widget on one page, driven by Playwright: open it, ask, wait for the reply, read the
conversation the widget keeps in sessionStorage."""


class Widget:
    """The chat widget on one page."""

    def __init__(self, page):
        self.page = page
        self.dialogs = []
        self.violations = []  # Content-Security-Policy reports in the console
        page.on("dialog", lambda d: (self.dialogs.append(d.message), d.dismiss()))
        page.on("console", lambda m: self.violations.append(m.text)
                if "Content Security Policy" in m.text else None)

    def open(self):
        if self.page.locator(".ng-panel").is_hidden():
            self.page.locator(".ng-launcher").click()
        self.page.locator(".ng-panel").wait_for(state="visible")

    def turns(self) -> int:
        return self.page.evaluate(
            "() => JSON.parse(sessionStorage.getItem(Object.keys(sessionStorage)"
            ".find(k => k.startsWith('needle-guide:'))) || '{\"items\": []}').items"
            ".filter(i => i.who === 'bot').length")

    def state(self):
        return self.page.evaluate(
            "() => JSON.parse(sessionStorage.getItem(Object.keys(sessionStorage)"
            ".find(k => k.startsWith('needle-guide:'))))")

    def wait_turn(self, before: int):
        self.page.wait_for_function(
            "n => { const k = Object.keys(sessionStorage).find(k => k.startsWith('needle-guide:'));"
            " return k && JSON.parse(sessionStorage.getItem(k)).items.filter(i => i.who === 'bot').length > n; }",
            arg=before, timeout=60_000)
        return self.state()["items"][-1]

    def ask(self, text: str):
        before = self.turns() if self.page.evaluate("() => Object.keys(sessionStorage).length") else 0
        self.page.locator(".ng-input").fill(text)
        self.page.locator(".ng-input").press("Enter")
        return self.wait_turn(before)

    def connected(self):
        self.page.wait_for_function("() => { const k = Object.keys(sessionStorage).find(k => "
                                    "k.startsWith('needle-guide:')); return k && JSON.parse("
                                    "sessionStorage.getItem(k)).sessionId; }", timeout=60_000)
