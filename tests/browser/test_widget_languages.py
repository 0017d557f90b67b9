"""The widget in English and French, against the scripted assistant (fake_assistant.py):
the starting language from data-lang or the page's <html lang>, the English / Français
toggle, the language sent to the server with each message, and `lang` on every message
so a screen reader reads it in the right voice (WCAG 3.1.2)."""
import re
import urllib.request

import pytest

from bot.ops.serve import free_port
from tests.browser.fake_assistant import FakeAssistant
from tests.helpers.widget import Widget

pytestmark = pytest.mark.e2e
PHONE, BOOK = "604-555-0142", "https://booking.example.org/maple-grove"
FOLLOWUPS_FR = [{"title": "Combien de temps dure la douleur?", "payload": "/choose_entry{\"kb_id\": \"dn-aftercare\"}"}]


def replies(text: str):
    """French questions get French replies (contract lang "fr"), the rest English ones."""
    t = text.lower()
    if "stationn" in t:
        return [{"text": "Il y a un stationnement gratuit derrière l'immeuble."},
                {"custom": {"kind": "clinic", "topic": "parking", "rule": "clinic_answer", "lang": "fr",
                            "phone": PHONE, "booking_url": BOOK}}]
    if "mal" in t:
        return [{"text": "Une légère douleur pendant un jour ou deux est courante.",
                 "quick_replies": [dict(f, content_type="text") for f in FOLLOWUPS_FR]},
                {"custom": {"kind": "kb", "rule": "kb_specific", "lang": "fr",
                            "kb": {"id": "dn-pain", "sources": [{"title": "Revue sur la puncture sèche"}]}}}]
    if "bonjour" in t:
        return [{"text": "Bonjour! Que voulez-vous savoir?"},
                {"custom": {"kind": "smalltalk", "rule": "smalltalk", "lang": "fr"}}]
    if "park" in t:
        return [{"text": "There is free parking behind the building."},
                {"custom": {"kind": "clinic", "topic": "parking", "rule": "clinic_answer", "lang": "en",
                            "phone": PHONE, "booking_url": BOOK}}]
    return [{"text": "Happy to help. What would you like to know?"},
            {"custom": {"kind": "smalltalk", "rule": "smalltalk", "lang": "en"}}]


@pytest.fixture
def assistant(tmp_path):
    fake = FakeAssistant(free_port(), replies, tmp_path / "logs.db").start()
    yield fake
    fake.close()


def page_as(ctx, assistant, html_lang=None, data_lang=None):
    """The demo page, with its <html lang> and the script's data-lang as a clinic's site might set them."""
    with urllib.request.urlopen(assistant.url + "/") as resp:
        body = resp.read().decode("utf-8")
    if html_lang is not None:
        body = re.sub(r'<html lang="[^"]*">', f'<html lang="{html_lang}">' if html_lang else "<html>", body)
    if data_lang:
        body = body.replace('<script src="/widget/needle-guide.js"',
                            f'<script src="/widget/needle-guide.js" data-lang="{data_lang}"')
    name = f"page-{len(assistant.pages)}"
    assistant.pages[name] = body
    page = ctx.new_page()
    widget = Widget(page)
    page.goto(f"{assistant.url}/pages/{name}")
    widget.connected()
    return widget


def labels(page):
    return page.evaluate("""() => {
        const q = s => document.querySelector(s);
        return {root: q('.ng-root').getAttribute('lang'), launcher: q('.ng-launcher').textContent,
                placeholder: q('.ng-input').placeholder, send: q('.ng-send').textContent,
                label: q('label[for=ng-input]').textContent, notice: q('.ng-notice').textContent,
                close: q('.ng-close').getAttribute('aria-label'), toggle: q('.ng-lang').textContent,
                toggleLang: q('.ng-lang').getAttribute('lang'), log: q('.ng-log').getAttribute('aria-label'),
                greeting: q('.ng-msg.ng-bot').textContent, greetingLang: q('.ng-msg.ng-bot').getAttribute('lang')};
    }""")


def message_langs(page):
    return page.evaluate("() => [...document.querySelectorAll('.ng-msg')].map(e => [e.className, e.getAttribute('lang')])")


def test_french_from_data_lang(context, assistant, screenshots):
    widget = page_as(context, assistant, data_lang="fr")
    page = widget.page
    shown = labels(page)
    assert shown["root"] == "fr" and shown["launcher"] == "Des questions? Écrivez-nous"
    widget.open()
    shown = labels(page)
    assert shown["placeholder"] == "Votre question" and shown["send"] == "Envoyer"
    assert shown["label"] == "Votre question" and shown["close"] == "Fermer la conversation"
    assert shown["notice"].startswith("Information générale, pas un avis médical.")
    assert "composez le" in shown["notice"]
    assert shown["toggle"] == "English" and shown["toggleLang"] == "en"  # the other language, in its own voice
    assert shown["greeting"].startswith("Bonjour!") and shown["greetingLang"] == "fr"

    widget.ask("où est le stationnement?")
    page.locator(".ng-bot", has_text="stationnement gratuit").wait_for()
    actions = page.locator(".ng-actions").last
    assert actions.locator("a.ng-primary").text_content() == "Réserver en ligne"
    assert actions.locator("a[href^='tel:']").text_content() == f"Appeler le {PHONE}"
    widget.ask("est-ce que ça fait mal?")
    page.locator(".ng-meta").wait_for()
    assert page.locator(".ng-meta").text_content() == "Source\u00a0: Revue sur la puncture sèche"
    assert page.locator(".ng-feedback").text_content().startswith("Est-ce utile?")
    assert page.locator(".ng-reply").get_attribute("lang") == "fr"
    assert set(lang for _, lang in message_langs(page)) == {"fr"}  # patient's and assistant's messages
    assert assistant.received[0]["metadata"] == {"lang": "fr", "lang_source": "page"}
    assert assistant.received[1]["metadata"] == {}  # the conversation has its language now

    page.locator(".ng-menu-btn").click()
    menu = page.locator(".ng-menu")
    assert "Référence de votre conversation" in menu.text_content()
    assert menu.locator("button", has_text="Télécharger ma conversation").count() == 1
    assert menu.locator("button", has_text="Supprimer cette conversation").count() == 1
    page.screenshot(path=str(screenshots / "widget-french.png"))

    assistant.stop()  # the reconnection notice is French too, and follows a switch at once
    page.wait_for_function("() => document.querySelector('.ng-status').textContent.includes(\"Impossible de joindre l'assistant\")")
    page.locator(".ng-lang").click()
    page.wait_for_function("() => document.querySelector('.ng-status').textContent.includes(\"Can't reach\")")
    assert widget.violations == []


def test_toggle_switches_labels_and_the_language_sent(context, assistant):
    widget = page_as(context, assistant)  # the demo page: <html lang="en">
    page = widget.page
    widget.open()
    assert labels(page)["placeholder"] == "Type your question" and labels(page)["toggle"] == "Français"
    widget.ask("where can I park?")
    assert assistant.received[-1]["metadata"] == {"lang": "en", "lang_source": "page"}
    page.locator(".ng-actions a.ng-primary", has_text="Book online").wait_for()

    page.locator(".ng-lang").focus()
    page.keyboard.press("Enter")
    shown = labels(page)  # at once, before any new reply
    assert shown["root"] == "fr" and shown["placeholder"] == "Votre question"
    assert shown["send"] == "Envoyer" and shown["launcher"] == "Des questions? Écrivez-nous"
    assert shown["toggle"] == "English" and shown["greetingLang"] == "fr"
    assert page.locator(".ng-actions a.ng-primary").text_content() == "Réserver en ligne"
    # what was said in English stays marked English
    assert message_langs(page)[1:] == [["ng-msg ng-user", "en"], ["ng-msg ng-bot", "en"]]
    assert page.evaluate("() => document.activeElement.classList.contains('ng-lang')")

    widget.ask("bonjour")
    assert assistant.received[-1]["metadata"] == {"lang": "fr", "lang_source": "choice"}
    assert message_langs(page)[-2:] == [["ng-msg ng-user", "fr"], ["ng-msg ng-bot", "fr"]]

    page.reload()  # the choice is kept with the session
    widget.connected()
    widget.open()
    assert labels(page)["placeholder"] == "Votre question"
    page.locator(".ng-lang").click()
    assert labels(page)["placeholder"] == "Type your question" and labels(page)["toggle"] == "Français"
    widget.ask("hello")
    assert assistant.received[-1]["metadata"] == {"lang": "en", "lang_source": "choice"}
    assert [m["message"] for m in assistant.received] == ["where can I park?", "bonjour", "hello"]


def test_french_from_the_pages_html_lang(context, assistant):
    widget = page_as(context, assistant, html_lang="fr-CA")
    page = widget.page
    widget.open()
    shown = labels(page)
    assert shown["root"] == "fr" and shown["placeholder"] == "Votre question"
    assert shown["greeting"].startswith("Bonjour!")
    widget.ask("bonjour")
    assert assistant.received[-1]["metadata"] == {"lang": "fr", "lang_source": "page"}


def test_without_a_page_language_the_labels_follow_the_replies(context, assistant):
    widget = page_as(context, assistant, html_lang="")
    page = widget.page
    widget.open()
    assert labels(page)["placeholder"] == "Type your question"
    widget.ask("bonjour")
    assert assistant.received[-1]["metadata"] == {}  # the clinic's default decides
    page.wait_for_function("() => document.querySelector('.ng-input').placeholder === 'Votre question'")
    assert message_langs(page)[-2:] == [["ng-msg ng-user", "en"], ["ng-msg ng-bot", "fr"]]
