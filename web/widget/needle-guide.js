/*! Needle Guide website chat widget. No dependencies, no build step.
 *
 * <script src="/widget/needle-guide.js" data-server="https://bot.example.org"
 *         data-clinic="Maple Grove Physio" data-color="#0b6e4f"></script>
 *
 * Options (data-* attributes): server (the Rasa server), clinic, color, greeting,
 * title, emergency (number shown in the notice), storage ("session" | "local" | "none"),
 * feedback (URL that records helpful / not helpful; default /api/feedback next to this file),
 * events (URL told of a click on a booking link, with no personal data; default /api/event),
 * privacy (where the patient's reference, transcript download and erasure are asked for,
 * with the session's token; default /api/privacy/ next to this file),
 * lang ("en" | "fr": the language the widget starts in; else the page's <html lang>, else
 * English), greeting-en / greeting-fr (the greeting per language; `greeting` is the one in
 * the starting language).
 *
 * Languages: every text the widget shows itself is in STRINGS, in English and French. An
 * "English / Français" button in the header switches at once; the choice is kept with the
 * session, and every message then carries metadata {lang, lang_source: "choice"}. Before
 * a choice, a language the page gave (data-lang, <html lang>) is sent as
 * {lang, lang_source: "page"} until the conversation's first reply: the server starts
 * from it, and still follows a patient who then writes in the other language. With
 * neither, no language is sent (the clinic's default applies). Until a choice, the labels
 * follow the language of the latest reply. Every message element
 * carries `lang` (a reply's contract.lang, else the widget's), so a screen reader reads it
 * in the right voice (WCAG 3.1.2).
 *
 * Speaks socket.io (Engine.IO v4) over a plain WebSocket to Rasa's socket.io channel.
 * The server issues the session id and a token proving it (bot/channels/socketio.py); the
 * widget keeps both in its storage and shows them to nobody; a reconnect sends both back.
 * Safety: nothing from the server or the patient is ever inserted as HTML; text goes in
 * with textContent, and links are only http(s) or tel:, set after checking the scheme.
 */
(function () {
  "use strict";
  if (window.NeedleGuideWidget) return;
  var script = document.currentScript;
  var data = (script && script.dataset) || {};

  function hexColor(value, fallback) {
    return /^#([0-9a-fA-F]{3}|[0-9a-fA-F]{6})$/.test(value || "") ? value : fallback;
  }
  function luminance(hex) {
    var h = hex.slice(1);
    if (h.length === 3) h = h.replace(/(.)/g, "$1$1");
    var rgb = [0, 2, 4].map(function (i) {
      var c = parseInt(h.substr(i, 2), 16) / 255;
      return c <= 0.03928 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
    });
    return 0.2126 * rgb[0] + 0.7152 * rgb[1] + 0.0722 * rgb[2];
  }
  function contrast(a, b) {
    var la = luminance(a), lb = luminance(b);
    return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
  }

  var color = hexColor(data.color, "#0b6e4f");
  // WCAG AA: a brand colour too light for white text gets near-black text instead.
  var onColor = contrast(color, "#ffffff") >= 4.5 ? "#ffffff" : "#111827";
  var scriptUrl = (script && script.src) || location.href;
  var opts = {
    server: (data.server || location.origin).replace(/\/+$/, ""),
    clinic: data.clinic || "",
    title: data.title || "Needle Guide",
    emergency: (data.emergency || "").replace(/[^0-9+]/g, ""),
    storage: ["local", "session", "none"].indexOf(data.storage) >= 0 ? data.storage : "session",
    feedback: data.feedback || new URL("/api/feedback", scriptUrl).href,
    events: data.events || new URL("/api/event", scriptUrl).href,
    privacy: (data.privacy || new URL("/api/privacy/", scriptUrl).href).replace(/\/*$/, "/")
  };
  /* ---------- the widget's own texts, per language ---------- */
  var STRINGS = {
    en: {
      launcher: "Questions? Chat with us",
      toggle: "Fran\u00e7ais",
      close: "Close chat",
      menu: "Your conversation: reference, download, delete",
      refLabel: "Your conversation reference: ",
      refHelp: "Quote it to the clinic to ask for a copy or for its deletion.",
      refNone: "(none yet: ask a question first)",
      refUnavailable: "(unavailable)",
      download: "Download my transcript",
      erase: "Delete this conversation",
      confirmLabel: "Confirm deletion",
      confirmText: "Delete this whole conversation from the clinic's records? This cannot be undone.",
      confirmYes: "Yes, delete it",
      cancel: "Cancel",
      nothingToDownload: "There is nothing to download yet.",
      preparing: "Preparing your transcript\u2026",
      downloaded: "Your transcript was downloaded.",
      downloadFailed: "Sorry, the transcript could not be downloaded. Please try again.",
      nothingToDelete: "There is nothing to delete yet.",
      deleted: function (ref) {
        return "This conversation" + (ref ? " (reference " + ref + ")" : "") + " was deleted from the clinic's records.";
      },
      deleteFailed: "Sorry, the conversation could not be deleted. Please try again or call the clinic.",
      notice: "General information, not medical advice.",
      emergencyNumber: function (n) { return " In an emergency, call " + n + "."; },
      emergencyLocal: " In an emergency, call your local emergency number.",
      log: "Conversation",
      typing: function (title) { return title + " is typing"; },
      inputLabel: "Your question",
      placeholder: "Type your question",
      send: "Send",
      source: "Source: ",
      sources: "Sources: ",
      feedbackGroup: "Was this answer helpful?",
      feedbackAsk: "Was this helpful?",
      feedbackYes: "Yes, helpful",
      feedbackNo: "Not helpful",
      feedbackThanks: "Thanks for your feedback.",
      emergency: "Emergency",
      call: function (n) { return "Call " + n; },
      book: "Book online",
      suggested: "Suggested questions",
      retry: function (s, queued) {
        return "Can't reach the assistant right now. Trying again in " + s + " s" +
          (queued ? "; your message will be sent then." : ".");
      },
      reconnecting: function (queued) { return "Reconnecting\u2026" + (queued ? " Your message will be sent then." : ""); },
      connecting: "Connecting\u2026 Your message will be sent then.",
      noReply: "No reply yet. Please try again, or call the clinic.",
      greeting: "Hi! Ask me about acupuncture, dry needling or IMS."
    },
    fr: {
      launcher: "Des questions? \u00c9crivez-nous",
      toggle: "English",
      close: "Fermer la conversation",
      menu: "Votre conversation\u00a0: r\u00e9f\u00e9rence, t\u00e9l\u00e9chargement, suppression",
      refLabel: "R\u00e9f\u00e9rence de votre conversation\u00a0: ",
      refHelp: "Donnez-la \u00e0 la clinique pour en demander une copie ou l'effacement.",
      refNone: "(aucune pour l'instant\u00a0: posez d'abord une question)",
      refUnavailable: "(non disponible)",
      download: "T\u00e9l\u00e9charger ma conversation",
      erase: "Supprimer cette conversation",
      confirmLabel: "Confirmer la suppression",
      confirmText: "Supprimer toute cette conversation des dossiers de la clinique? C'est d\u00e9finitif.",
      confirmYes: "Oui, la supprimer",
      cancel: "Annuler",
      nothingToDownload: "Il n'y a encore rien \u00e0 t\u00e9l\u00e9charger.",
      preparing: "Pr\u00e9paration de votre conversation\u2026",
      downloaded: "Votre conversation a \u00e9t\u00e9 t\u00e9l\u00e9charg\u00e9e.",
      downloadFailed: "D\u00e9sol\u00e9, le t\u00e9l\u00e9chargement n'a pas fonctionn\u00e9. Veuillez r\u00e9essayer.",
      nothingToDelete: "Il n'y a encore rien \u00e0 supprimer.",
      deleted: function (ref) {
        return "Cette conversation" + (ref ? " (r\u00e9f\u00e9rence " + ref + ")" : "") + " a \u00e9t\u00e9 supprim\u00e9e des dossiers de la clinique.";
      },
      deleteFailed: "D\u00e9sol\u00e9, la conversation n'a pas pu \u00eatre supprim\u00e9e. R\u00e9essayez ou appelez la clinique.",
      notice: "Information g\u00e9n\u00e9rale, pas un avis m\u00e9dical.",
      emergencyNumber: function (n) { return " En cas d'urgence, composez le " + n + "."; },
      emergencyLocal: " En cas d'urgence, composez le num\u00e9ro d'urgence local.",
      log: "Conversation",
      typing: function (title) { return title + " est en train d'\u00e9crire"; },
      inputLabel: "Votre question",
      placeholder: "Votre question",
      send: "Envoyer",
      source: "Source\u00a0: ",
      sources: "Sources\u00a0: ",
      feedbackGroup: "Cette r\u00e9ponse vous a-t-elle \u00e9t\u00e9 utile?",
      feedbackAsk: "Est-ce utile?",
      feedbackYes: "Oui, utile",
      feedbackNo: "Pas utile",
      feedbackThanks: "Merci de votre avis.",
      emergency: "Urgence",
      call: function (n) { return "Appeler le " + n; },
      book: "R\u00e9server en ligne",
      suggested: "Questions sugg\u00e9r\u00e9es",
      retry: function (s, queued) {
        return "Impossible de joindre l'assistant pour l'instant. Nouvel essai dans " + s + "\u00a0s" +
          (queued ? "; votre message partira \u00e0 ce moment-l\u00e0." : ".");
      },
      reconnecting: function (queued) { return "Reconnexion\u2026" + (queued ? " Votre message partira \u00e0 ce moment-l\u00e0." : ""); },
      connecting: "Connexion\u2026 Votre message partira \u00e0 ce moment-l\u00e0.",
      noReply: "Toujours pas de r\u00e9ponse. Veuillez r\u00e9essayer, ou appelez la clinique.",
      greeting: "Bonjour! Posez-moi vos questions sur l'acupuncture, la puncture s\u00e8che ou l'IMS."
    }
  };
  // "fr", "fr-CA", "FR_ca" -> "fr"; "en-GB" -> "en"; anything else -> null
  function langOf(value) {
    var m = /^\s*(en|fr)(?![a-z])/i.exec(String(value || ""));
    return m ? m[1].toLowerCase() : null;
  }
  var pageLang = langOf(data.lang) || langOf(document.documentElement && document.documentElement.lang);
  var greetings = { en: data.greetingEn, fr: data.greetingFr };
  if (data.greeting) greetings[pageLang || "en"] = greetings[pageLang || "en"] || data.greeting;

  var STORE_KEY = "needle-guide:" + opts.server;
  var MAX_ITEMS = 200;

  /* ---------- storage ---------- */
  var store = null;
  try {
    if (opts.storage === "local") store = window.localStorage;
    else if (opts.storage === "session") store = window.sessionStorage;
  } catch (e) { store = null; }
  function loadState() {
    try {
      var s = store && JSON.parse(store.getItem(STORE_KEY) || "null");
      if (s && typeof s === "object" && Array.isArray(s.items)) return s;
    } catch (e) { /* unreadable: start afresh */ }
    return { sessionId: null, token: null, items: [], open: false };
  }
  var state = loadState();
  if (!langOf(state.lang)) state.lang = null;  // the patient's own choice, kept with the session

  /* ---------- the language ---------- */
  // The patient's choice, else the language of the latest reply, else the page's, else English.
  function uiLang() {
    return langOf(state.lang) || langOf(state.replyLang) || pageLang || "en";
  }
  function t(key) {
    var table = STRINGS[uiLang()];
    var value = table[key] !== undefined ? table[key] : STRINGS.en[key];
    if (typeof value !== "function") return value;
    return value.apply(null, Array.prototype.slice.call(arguments, 1));
  }
  function greeting() {
    var lang = uiLang();
    return greetings[lang] || STRINGS[lang].greeting;
  }
  // What the server is told with a message (see the header comment).
  function langMetadata() {
    if (langOf(state.lang)) return { lang: langOf(state.lang), lang_source: "choice" };
    var answered = state.items.some(function (it) { return it.who === "bot"; });
    if (pageLang && !answered) return { lang: pageLang, lang_source: "page" };
    return {};
  }
  function saveState() {
    if (!store) return;
    state.items = state.items.slice(-MAX_ITEMS);
    try { store.setItem(STORE_KEY, JSON.stringify(state)); } catch (e) { /* full: keep going */ }
  }

  /* ---------- safe DOM helpers ---------- */
  function el(tag, cls, text) {
    var node = document.createElement(tag);
    if (cls) node.className = cls;
    if (text !== undefined && text !== null) node.textContent = String(text);
    return node;
  }
  function safeHref(url) {
    try {
      var u = new URL(String(url), location.href);
      if (u.protocol === "http:" || u.protocol === "https:" || u.protocol === "tel:") return u.href;
    } catch (e) { /* not a URL */ }
    return null;
  }
  function telHref(number) {
    var digits = String(number || "").replace(/[^0-9+]/g, "");
    return digits ? "tel:" + digits : null;
  }
  function link(href, text, cls) {
    var ok = safeHref(href);
    if (!ok) return el("span", cls, text);
    var a = el("a", cls, text);
    a.href = ok;  // set as a property, after the scheme check
    if (ok.indexOf("tel:") !== 0) { a.target = "_blank"; a.rel = "noopener noreferrer"; }
    return a;
  }
  // Text with its http(s) URLs as links; everything else stays plain text.
  function richText(node, text) {
    var parts = String(text).split(/(https?:\/\/[^\s<>"']+[^\s<>"'.,;:!?)])/);
    parts.forEach(function (part, i) {
      if (i % 2 === 1) node.appendChild(link(part, part, "ng-inline-link"));
      else if (part) node.appendChild(document.createTextNode(part));
    });
    return node;
  }

  /* ---------- styles ---------- */
  var css = [
    ".ng-root{all:initial;font:16px/1.45 system-ui,-apple-system,'Segoe UI',Roboto,sans-serif;color:#1f2937}",
    ".ng-root *{box-sizing:border-box;font:inherit}",
    ".ng-sr{position:absolute!important;width:1px;height:1px;margin:-1px;padding:0;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap;border:0}",
    ".ng-launcher{position:fixed;right:16px;bottom:16px;z-index:2147483000;min-height:56px;min-width:56px;padding:0 20px;border:0;border-radius:28px;background:COLOR;color:ONCOLOR;font-weight:600;cursor:pointer;box-shadow:0 4px 14px rgba(0,0,0,.25)}",
    ".ng-root :focus{outline:none}",
    ".ng-root :focus-visible,.ng-root .ng-input:focus{outline:3px solid #1f2937;outline-offset:2px;box-shadow:0 0 0 5px #fff}",
    ".ng-launcher:focus-visible,.ng-header :focus-visible{outline-color:#fff;box-shadow:0 0 0 5px #111827}",
    ".ng-panel{position:fixed;right:16px;bottom:84px;z-index:2147483001;width:380px;max-width:calc(100vw - 32px);height:min(600px,calc(100vh - 110px));display:flex;flex-direction:column;background:#fff;border-radius:14px;box-shadow:0 8px 30px rgba(0,0,0,.3);overflow:hidden}",
    ".ng-panel[hidden]{display:none}",
    ".ng-header{display:flex;align-items:center;gap:8px;padding:8px 8px 8px 16px;background:COLOR;color:ONCOLOR}",
    ".ng-heading{flex:1;min-width:0;margin:0;font-size:17px;font-weight:700;line-height:1.25}",
    ".ng-heading span{display:block;font-size:13px;font-weight:400;overflow-wrap:anywhere}",
    ".ng-lang{min-height:44px;min-width:44px;padding:0 10px;border:2px solid ONCOLOR;border-radius:8px;background:transparent;color:ONCOLOR;font-size:14px;font-weight:600;cursor:pointer}",
    ".ng-menu-btn{min-width:44px;min-height:44px;border:0;border-radius:8px;background:transparent;color:ONCOLOR;font-size:22px;line-height:1;cursor:pointer}",
    ".ng-menu{padding:10px 16px;border-bottom:1px solid #d1d5db;background:#f9fafb;display:flex;flex-direction:column;gap:8px;font-size:14px}",
    ".ng-menu[hidden],.ng-confirm[hidden]{display:none}",
    ".ng-menu p{margin:0}",
    ".ng-ref{font-family:ui-monospace,Menlo,Consolas,monospace;font-weight:700;letter-spacing:1px}",
    ".ng-menu-actions,.ng-confirm{display:flex;flex-wrap:wrap;gap:6px;align-items:center}",
    ".ng-danger{border-color:#b91c1c;color:#b91c1c}",
    ".ng-danger.ng-primary{background:#b91c1c;color:#fff;border-color:#b91c1c}",
    ".ng-close{min-width:44px;min-height:44px;border:0;border-radius:8px;background:transparent;color:ONCOLOR;font-size:26px;line-height:1;cursor:pointer}",
    ".ng-notice{margin:0;padding:6px 16px;background:#fffbeb;color:#713f12;font-size:13px;border-bottom:1px solid #fde68a}",
    ".ng-status{margin:0;padding:0 16px;font-size:14px;color:#7f1d1d;background:#fef2f2}",
    ".ng-status:not(:empty){padding:8px 16px;border-bottom:1px solid #fecaca}",
    ".ng-log{flex:1;overflow-y:auto;overflow-x:hidden;padding:12px;display:flex;flex-direction:column;gap:8px}",
    ".ng-msg{max-width:88%;padding:8px 12px;border-radius:14px;white-space:pre-wrap;overflow-wrap:anywhere;margin:0}",
    ".ng-bot{align-self:flex-start;background:#eef3f1;color:#1f2937;border-bottom-left-radius:4px}",
    ".ng-user{align-self:flex-end;background:COLOR;color:ONCOLOR;border-bottom-right-radius:4px}",
    ".ng-user .ng-inline-link{color:inherit}",
    ".ng-inline-link{color:#0b5a41;text-decoration:underline}",
    ".ng-meta{align-self:flex-start;max-width:88%;font-size:13px;color:#4b5563;margin:-2px 0 0 4px;overflow-wrap:anywhere}",
    ".ng-replies,.ng-actions,.ng-feedback{align-self:flex-start;display:flex;flex-wrap:wrap;gap:6px;max-width:100%}",
    ".ng-reply,.ng-action,.ng-fb{min-height:44px;min-width:44px;padding:8px 14px;border:2px solid COLORTEXT;border-radius:22px;background:#fff;color:COLORTEXT;cursor:pointer;text-align:left;text-decoration:none;display:inline-flex;align-items:center;font-size:15px;overflow-wrap:anywhere;max-width:100%}",
    ".ng-action.ng-primary{background:COLOR;color:ONCOLOR;border-color:COLOR}",
    ".ng-feedback{align-items:center;font-size:14px;color:#374151}",
    ".ng-fb{padding:6px 12px;font-size:14px}",
    ".ng-fb[aria-pressed=true]{background:COLORTEXT;color:#fff}",
    ".ng-alert{align-self:stretch;border:2px solid #b91c1c;border-left-width:8px;background:#fef2f2;color:#7f1d1d;border-radius:10px;padding:10px 12px}",
    ".ng-alert strong{display:block;font-weight:700;font-size:17px;margin-bottom:4px}",
    ".ng-alert p{margin:0 0 8px;white-space:pre-wrap;overflow-wrap:anywhere}",
    ".ng-call{display:inline-flex;align-items:center;min-height:48px;padding:8px 18px;border-radius:24px;background:#b91c1c;color:#fff;font-weight:700;font-size:18px;text-decoration:none}",
    ".ng-call:focus-visible{outline:3px solid #1f2937}",
    ".ng-safety{align-self:stretch;margin:0;padding:8px 12px;border:1px solid #f59e0b;border-left:6px solid #b45309;border-radius:10px;background:#fffbeb;color:#78350f;font-size:15px;font-weight:600;white-space:pre-wrap;overflow-wrap:anywhere}",
    ".ng-safety::before{content:\"\\26A0\\FE0E  \";font-weight:700}",
    ".ng-typing{align-self:flex-start;padding:10px 14px;border-radius:14px;background:#eef3f1;color:#374151}",
    ".ng-typing[hidden]{display:none}",
    ".ng-dots span{display:inline-block;width:8px;height:8px;margin:0 2px;border-radius:50%;background:#4b5563;animation:ng-blink 1.2s infinite both}",
    ".ng-dots span:nth-child(2){animation-delay:.2s}.ng-dots span:nth-child(3){animation-delay:.4s}",
    "@keyframes ng-blink{0%,80%,100%{opacity:.25}40%{opacity:1}}",
    "@media (prefers-reduced-motion:reduce){.ng-dots span{animation:none}}",
    ".ng-form{display:flex;gap:8px;padding:10px;border-top:1px solid #d1d5db;background:#fff}",
    ".ng-input{flex:1;min-width:0;min-height:44px;padding:8px 12px;border:2px solid #6b7280;border-radius:22px;background:#fff;color:#111827;font-size:16px}",
    ".ng-send{min-height:44px;min-width:64px;padding:0 16px;border:0;border-radius:22px;background:COLOR;color:ONCOLOR;font-weight:600;cursor:pointer}",
    "@media (max-width:480px){.ng-panel{right:0;bottom:0;left:0;top:0;width:100%;max-width:100%;height:100%;border-radius:0}.ng-root.ng-open .ng-launcher{display:none}}"
  ].join("\n");
  // A colour readable as text on white (AA) for outlines and button text.
  var colorText = contrast(color, "#ffffff") >= 4.5 ? color : "#0b5a41";
  css = css.replace(/COLORTEXT/g, colorText).replace(/ONCOLOR/g, onColor).replace(/COLOR/g, color);

  /* ---------- the widget's elements ---------- */
  var root = el("div", "ng-root");
  root.setAttribute("data-needle-guide", "");
  var style = el("style");
  style.textContent = css;

  var launcher = el("button", "ng-launcher");
  launcher.type = "button";
  launcher.setAttribute("aria-expanded", "false");
  launcher.setAttribute("aria-controls", "ng-panel");

  var panel = el("section", "ng-panel");
  panel.id = "ng-panel";
  panel.hidden = true;
  panel.setAttribute("role", "dialog");
  panel.setAttribute("aria-labelledby", "ng-heading");

  var header = el("div", "ng-header");
  var heading = el("h2", "ng-heading", opts.title);
  heading.id = "ng-heading";
  if (opts.clinic) heading.appendChild(el("span", null, opts.clinic));
  var closeBtn = el("button", "ng-close", "\u00d7");
  closeBtn.type = "button";
  // Shows the other language, in that language ("Français" / "English").
  var langBtn = el("button", "ng-lang");
  langBtn.type = "button";
  var menuBtn = el("button", "ng-menu-btn", "\u22ee");
  menuBtn.type = "button";
  menuBtn.setAttribute("aria-expanded", "false");
  menuBtn.setAttribute("aria-controls", "ng-menu");
  header.appendChild(heading);
  header.appendChild(langBtn);
  header.appendChild(menuBtn);
  header.appendChild(closeBtn);

  // The patient's own conversation: a reference to quote to the clinic, a copy, erasure.
  var menu = el("div", "ng-menu");
  menu.id = "ng-menu";
  menu.hidden = true;
  var refLine = el("p");
  var refLabel = el("span");
  var refValue = el("span", "ng-ref", "\u2014");
  refLine.appendChild(refLabel);
  refLine.appendChild(refValue);
  var refHelp = el("p");
  var menuActions = el("div", "ng-menu-actions");
  var downloadBtn = el("button", "ng-action");
  downloadBtn.type = "button";
  var deleteBtn = el("button", "ng-action ng-danger");
  deleteBtn.type = "button";
  menuActions.appendChild(downloadBtn);
  menuActions.appendChild(deleteBtn);
  var confirmBox = el("div", "ng-confirm");
  confirmBox.hidden = true;
  confirmBox.setAttribute("role", "group");
  var confirmText = el("p");
  var confirmYes = el("button", "ng-action ng-danger ng-primary");
  confirmYes.type = "button";
  var confirmNo = el("button", "ng-action");
  confirmNo.type = "button";
  confirmBox.appendChild(confirmText);
  confirmBox.appendChild(confirmYes);
  confirmBox.appendChild(confirmNo);
  var menuStatus = el("p", "ng-menu-status");
  menuStatus.setAttribute("role", "status");
  menu.appendChild(refLine);
  menu.appendChild(refHelp);
  menu.appendChild(menuActions);
  menu.appendChild(confirmBox);
  menu.appendChild(menuStatus);

  var notice = el("p", "ng-notice");
  var status = el("p", "ng-status");
  status.setAttribute("role", "status");

  var log = el("div", "ng-log");
  log.setAttribute("role", "log");
  log.setAttribute("aria-live", "polite");
  log.tabIndex = 0;

  var typing = el("div", "ng-typing");
  typing.hidden = true;
  var dots = el("span", "ng-dots");
  dots.setAttribute("aria-hidden", "true");
  dots.appendChild(el("span")); dots.appendChild(el("span")); dots.appendChild(el("span"));
  typing.appendChild(dots);
  var typingText = el("span", "ng-sr");
  typing.appendChild(typingText);

  var form = el("form", "ng-form");
  form.setAttribute("novalidate", "");
  var label = el("label", "ng-sr");
  label.htmlFor = "ng-input";
  var input = el("input", "ng-input");
  input.id = "ng-input";
  input.type = "text";
  input.autocomplete = "off";
  input.maxLength = 2000;
  var send = el("button", "ng-send");
  send.type = "submit";
  form.appendChild(label);
  form.appendChild(input);
  form.appendChild(send);

  panel.appendChild(header);
  panel.appendChild(menu);
  panel.appendChild(notice);
  panel.appendChild(status);
  panel.appendChild(log);
  panel.appendChild(form);
  root.appendChild(style);
  root.appendChild(panel);
  root.appendChild(launcher);

  // Every label the widget shows itself, in the widget's language (again on a switch).
  // Texts showing a message or a state (status, menu status, the reference) are set with
  // `say`, which remembers how to say them again in the other language.
  function relabel() {
    var lang = uiLang();
    root.setAttribute("lang", lang);
    launcher.textContent = t("launcher");
    langBtn.textContent = t("toggle");
    langBtn.setAttribute("lang", lang === "fr" ? "en" : "fr");
    closeBtn.setAttribute("aria-label", t("close"));
    menuBtn.setAttribute("aria-label", t("menu"));
    refLabel.textContent = t("refLabel");
    refHelp.textContent = t("refHelp");
    downloadBtn.textContent = t("download");
    deleteBtn.textContent = t("erase");
    confirmBox.setAttribute("aria-label", t("confirmLabel"));
    confirmText.textContent = t("confirmText");
    confirmYes.textContent = t("confirmYes");
    confirmNo.textContent = t("cancel");
    notice.textContent = t("notice") + (opts.emergency ? t("emergencyNumber", opts.emergency) : t("emergencyLocal"));
    log.setAttribute("aria-label", t("log"));
    typingText.textContent = t("typing", opts.title);
    label.textContent = t("inputLabel");
    input.placeholder = t("placeholder");
    send.textContent = t("send");
    [status, menuStatus, refValue].forEach(function (node) {
      if (node.ngSay) node.textContent = node.ngSay();
    });
  }
  // Sets a node's text from a function of the language (null: empty), kept for a switch.
  function say(node, words) {
    node.ngSay = words || null;
    node.textContent = words ? words() : "";
  }
  function said(key) {
    var args = Array.prototype.slice.call(arguments);
    return function () { return t.apply(null, args); };
  }
  relabel();

  /* ---------- rendering the transcript ---------- */
  function scrollDown() { log.scrollTop = log.scrollHeight; }
  // A new reply is read from its first line: on a phone the bottom is sources and buttons.
  function scrollToStart(node) {
    if (!node) { scrollDown(); return; }
    log.scrollTop += node.getBoundingClientRect().top - log.getBoundingClientRect().top - 8;
  }

  // A message element in its own language, whatever the widget's is now.
  function inLang(node, lang) {
    node.setAttribute("lang", langOf(lang) || uiLang());
    return node;
  }

  function renderUser(item) {
    log.insertBefore(inLang(richText(el("p", "ng-msg ng-user"), item.text), item.lang), typing);
  }

  function renderSources(sources) {
    var list = (Array.isArray(sources) ? sources : []).filter(function (s) { return s && s.title; });
    if (!list.length) return null;
    var meta = el("p", "ng-meta");
    meta.textContent = t(list.length > 1 ? "sources" : "source") + list.map(function (s) {
      var bits = [s.publisher, s.date].filter(Boolean).join(", ");
      return String(s.title) + (bits ? " (" + bits + ")" : "");
    }).join("; ");
    return meta;
  }

  function renderFeedback(item) {
    var kb = item.contract && item.contract.kb;
    if (!kb || !kb.id) return null;
    var box = el("div", "ng-feedback");
    box.setAttribute("role", "group");
    box.setAttribute("aria-label", t("feedbackGroup"));
    if (item.feedback !== undefined) {
      box.appendChild(el("span", null, t("feedbackThanks")));
      return box;
    }
    box.appendChild(el("span", null, t("feedbackAsk")));
    [[true, t("feedbackYes")], [false, t("feedbackNo")]].forEach(function (choice) {
      var b = el("button", "ng-fb", choice[1]);
      b.type = "button";
      b.setAttribute("aria-pressed", "false");
      b.addEventListener("click", function () {
        item.feedback = choice[0];
        saveState();
        postFeedback(String(kb.id), choice[0]);
        var thanks = renderFeedback(item);
        box.parentNode.replaceChild(thanks, box);
        keepFocus();  // the pressed button is gone
      });
      box.appendChild(b);
    });
    return box;
  }

  // The contract's one-line safety note, unless a text already says it (never on an emergency).
  function renderSafety(contract, messages, lang) {
    var note = contract.safety_note;
    if (contract.kind === "emergency" || typeof note !== "string" || !note.trim()) return null;
    note = note.trim();
    var said = (messages || []).some(function (m) { return m && typeof m.text === "string" && m.text.indexOf(note) >= 0; });
    if (said) return null;
    var p = inLang(el("p", "ng-safety", note), lang);
    p.setAttribute("role", "note");
    return p;
  }

  /* ---------- one renderer per reply kind ---------- */
  // A bot turn is drawn by the renderer of its contract's kind (bot/contract.py says what
  // each kind holds; tests/unit/test_contract.py checks that RENDERERS names exactly its
  // kinds). A renderer is the list of parts drawn, in order; each part gets the turn
  // (`view`, see renderBot) and puts its elements with view.put. Text goes in as text only.
  function textsPart(view) {
    view.messages.forEach(function (m) {
      if (m && typeof m.text === "string" && m.text) view.put(inLang(richText(el("p", "ng-msg ng-bot"), m.text), view.lang));
    });
  }
  // An emergency: the texts in one alert, with a button that calls the number.
  function alertPart(view) {
    var alert = el("div", "ng-alert");
    alert.setAttribute("role", "alert");
    alert.appendChild(el("strong", null, t("emergency")));
    view.messages.forEach(function (m) {
      if (m && m.text) alert.appendChild(inLang(el("p", null, m.text), view.lang));
    });
    var number = view.contract.number || view.contract.emergency_number;
    var call = telHref(number);
    if (call) alert.appendChild(link(call, t("call", number), "ng-call"));
    view.put(alert);
  }
  function safetyPart(view) {
    var safety = renderSafety(view.contract, view.messages, view.lang);
    if (safety) view.put(safety);
  }
  function sourcesPart(view) {
    var src = view.contract.kb ? renderSources(view.contract.kb.sources) : null;
    if (src) view.put(src);
  }
  // "Book online" (`book`) and "Call" (`call`) links, from the contract's booking_url and phone.
  function linksPart(book, call) {
    return function (view) {
      var c = view.contract, row = el("div", "ng-actions");
      if (book && c.booking_url) row.appendChild(link(c.booking_url, t("book"), "ng-action ng-primary"));
      if (call && c.phone && telHref(c.phone)) row.appendChild(link(telHref(c.phone), t("call", c.phone), "ng-action"));
      if (row.childNodes.length) view.put(row);
    };
  }
  // The buttons of the latest turn (suggested questions, follow-ups, treatments).
  function repliesPart(view) {
    var replies = [];
    view.messages.forEach(function (m) {
      if (m && Array.isArray(m.quick_replies)) replies = replies.concat(m.quick_replies);
      if (m && Array.isArray(m.buttons)) replies = replies.concat(m.buttons);
    });
    if (!view.isLast || !replies.length) return;
    var group = el("div", "ng-replies");
    group.setAttribute("role", "group");
    group.setAttribute("aria-label", t("suggested"));
    replies.forEach(function (r) {
      if (!r || !r.title) return;
      var b = inLang(el("button", "ng-reply", r.title), view.lang);
      b.type = "button";
      b.addEventListener("click", function () {
        keepFocus();  // the button goes away with its group
        sendMessage(String(r.payload || r.title), String(r.title));
      });
      group.appendChild(b);
    });
    view.put(group);
  }
  function feedbackPart(view) {
    var fb = renderFeedback(view.item);
    if (fb) view.put(fb);
  }
  var RENDERERS = {
    kb: [textsPart, safetyPart, sourcesPart, repliesPart, feedbackPart],
    clinic: [textsPart, safetyPart, linksPart(true, true), repliesPart],
    booking: [textsPart, safetyPart, linksPart(true, true), repliesPart],
    contact: [textsPart, safetyPart, linksPart(false, true), repliesPart],
    fallback: [textsPart, safetyPart, linksPart(false, true), repliesPart],
    emergency: [alertPart, repliesPart],
    smalltalk: [textsPart, safetyPart, repliesPart],
    clarify: [textsPart, safetyPart, repliesPart],
    privacy: [textsPart, safetyPart, repliesPart]
  };
  // No contract came, or a kind this widget does not know (a newer server): texts and buttons.
  var PLAIN = [textsPart, safetyPart, repliesPart];

  // Renders one bot turn before the typing indicator; returns its first element.
  function renderBot(item, isLast) {
    var contract = item.contract || {};
    var kind = contract.kind;
    var view = {
      item: item, contract: contract, isLast: isLast, first: null,
      messages: item.messages || [],
      lang: langOf(contract.lang) || item.lang,  // the reply's language, kept with it
      put: function (node) { log.insertBefore(node, typing); if (!view.first) view.first = node; }
    };
    var safe = safeHref(contract.booking_url);
    if (contract.booking_url && safe) bookingUrls[safe] = true;  // a click on it counts as a booking
    var parts = typeof kind === "string" && Object.prototype.hasOwnProperty.call(RENDERERS, kind) ? RENDERERS[kind] : PLAIN;
    parts.forEach(function (part) { part(view); });
    return view.first;
  }

  function renderAll() {
    while (log.firstChild) log.removeChild(log.firstChild);
    log.appendChild(typing);
    log.insertBefore(inLang(el("p", "ng-msg ng-bot", greeting()), uiLang()), typing);
    var lastBot = -1;
    state.items.forEach(function (it, i) { if (it.who === "bot") lastBot = i; });
    var lastUser = -1;
    state.items.forEach(function (it, i) { if (it.who === "user") lastUser = i; });
    var lastStart = null;
    state.items.forEach(function (it, i) {
      if (it.who === "user") renderUser(it);
      else lastStart = renderBot(it, i === lastBot && lastBot > lastUser) || lastStart;
    });
    scrollDown();
    return lastStart;
  }

  function removeReplies() {
    var groups = log.querySelectorAll(".ng-replies");
    for (var i = 0; i < groups.length; i++) groups[i].parentNode.removeChild(groups[i]);
  }

  /* ---------- the socket.io connection ---------- */
  var ws = null;
  var ready = false;
  var outbox = [];
  var retries = 0;
  var retryTimer = null;
  var countdownTimer = null;
  var pending = [];
  var flushTimer = null;
  var waitTimer = null;
  // The message sent last, until a reply to it arrives: a server that went away before
  // answering (a replica that died) gets it again once the widget has reconnected.
  var unanswered = null;

  function setStatus(words) { say(status, words); }
  function socketUrl() {
    var u = new URL(opts.server + "/socket.io/", location.href);
    u.protocol = u.protocol === "https:" ? "wss:" : "ws:";
    u.search = "?EIO=4&transport=websocket";
    return u.href;
  }
  function emit(event, payload) {
    if (ws && ws.readyState === 1) ws.send("42" + JSON.stringify([event, payload]));
  }
  // A patient's message, with the language the server should answer in (langMetadata).
  function utter(payload) {
    emit("user_uttered", { message: payload, session_id: state.sessionId, metadata: langMetadata() });
  }
  function connect() {
    clearTimeout(retryTimer);
    ready = false;
    try { ws = new WebSocket(socketUrl()); } catch (e) { scheduleReconnect(); return; }
    ws.onmessage = function (ev) {
      var msg = typeof ev.data === "string" ? ev.data : "";
      var type = msg.charAt(0);
      if (type === "0") { ws.send("40"); }                // Engine.IO open -> join namespace "/"
      else if (type === "2") { ws.send("3"); }            // ping -> pong
      else if (type === "1") { ws.close(); }
      else if (type === "4") {
        var sub = msg.charAt(1);
        if (sub === "0") { emit("session_request", { session_id: state.sessionId, token: state.token }); }
        else if (sub === "4") { ws.close(); }               // refused
        else if (sub === "2") {
          var body = msg.slice(2).replace(/^\d+/, "");
          var packet;
          try { packet = JSON.parse(body); } catch (e) { return; }
          if (Array.isArray(packet)) onEvent(packet[0], packet[1]);
        }
      }
    };
    ws.onclose = function () {
      ws = null;
      ready = false;
      scheduleReconnect();
    };
    ws.onerror = function () { /* onclose follows */ };
  }
  var retryLeft = 0;
  function showRetry() {
    var left = retryLeft, queued = outbox.length > 0;
    setStatus(function () { return t("retry", left, queued); });
  }
  function scheduleReconnect() {
    var delay = Math.min(30, Math.pow(2, retries));   // 1, 2, 4 ... 30 seconds
    retries += 1;
    retryLeft = delay;
    typing.hidden = true;
    showRetry();
    clearInterval(countdownTimer);
    countdownTimer = setInterval(function () { retryLeft -= 1; if (retryLeft > 0) showRetry(); }, 1000);
    retryTimer = setTimeout(function () {
      clearInterval(countdownTimer);
      retryLeft = 0;
      setStatus(said("reconnecting", outbox.length > 0));
      connect();
    }, delay * 1000);
  }
  function onEvent(name, payload) {
    if (name === "session_confirm") {
      var id = typeof payload === "string" ? payload : payload && payload.session_id;
      if (id) state.sessionId = String(id);
      state.token = payload && typeof payload.token === "string" ? payload.token : null;
      saveState();
      ready = true;
      retries = 0;
      clearInterval(countdownTimer);
      setStatus(null);
      if (unanswered !== null && outbox.indexOf(unanswered) < 0) utter(unanswered);
      while (outbox.length) utter(outbox.shift());
      if (pending.length || waitTimer) typing.hidden = false;
    } else if (name === "bot_uttered" && payload && typeof payload === "object") {
      onBotMessage(payload);
    }
  }

  // A bot turn is its messages up to the one `custom` contract that ends it.
  function onBotMessage(payload) {
    unanswered = null;
    clearTimeout(flushTimer);
    clearTimeout(waitTimer); waitTimer = null;
    if (payload.custom && typeof payload.custom === "object") {
      finishTurn(payload.custom);
      return;
    }
    pending.push(payload);
    typing.hidden = false;
    flushTimer = setTimeout(function () { finishTurn(null); }, 3000);  // no contract came
  }
  function finishTurn(contract) {
    clearTimeout(flushTimer);
    var messages = pending.map(function (m) {
      return { text: typeof m.text === "string" ? m.text : "",
               quick_replies: Array.isArray(m.quick_replies) ? m.quick_replies.map(function (r) {
                 return { title: String(r.title || ""), payload: String(r.payload || "") };
               }) : [] };
    });
    pending = [];
    typing.hidden = true;
    if (!messages.length && !contract) return;
    var item = { who: "bot", messages: messages, contract: contract || {},
                 lang: langOf(contract && contract.lang) || uiLang() };
    state.items.push(item);
    var before = uiLang();
    if (langOf(item.contract.lang)) state.replyLang = langOf(item.contract.lang);
    saveState();
    if (uiLang() !== before) { relabel(); scrollToStart(renderAll()); return; }  // no choice made: follow the reply
    removeReplies();
    scrollToStart(renderBot(item, true));
  }

  function sendMessage(payload, shown) {
    var text = String(shown).trim();
    if (!text) return;
    removeReplies();
    var item = { who: "user", text: text, lang: uiLang() };
    state.items.push(item);
    saveState();
    renderUser(item);
    typing.hidden = false;
    scrollDown();
    clearTimeout(waitTimer);
    waitTimer = setTimeout(function () {
      waitTimer = null;
      typing.hidden = true;
      setStatus(said("noReply"));
    }, 30000);
    unanswered = payload;
    if (ready) utter(payload);
    else {
      outbox.push(payload);
      typing.hidden = true;
      if (retryLeft > 0) showRetry();
      else setStatus(said("connecting"));
    }
  }

  // A click on a booking link (the "Book online" button or the booking address in a reply)
  // tells the clinic's dashboard a booking was started: the event name only, nothing else.
  var bookingUrls = {};
  log.addEventListener("click", function (ev) {
    var a = ev.target && ev.target.closest ? ev.target.closest("a") : null;
    if (!a || !bookingUrls[a.href]) return;
    try {
      fetch(opts.events, { method: "POST", headers: { "Content-Type": "application/json" },
                           body: JSON.stringify({ event: "booking_click" }), keepalive: true })
        .catch(function () { /* best effort */ });
    } catch (e) { /* no fetch */ }
  });

  function postFeedback(kbId, helpful) {
    try {
      fetch(opts.feedback, {
        method: "POST",
        headers: { "Content-Type": "application/json" },
        body: JSON.stringify({ session_id: state.sessionId || "", kb_id: kbId, helpful: helpful })
      }).catch(function () { /* feedback is best effort */ });
    } catch (e) { /* no fetch */ }
  }

  /* ---------- the patient's own conversation: reference, copy, erasure ---------- */
  function privacyPost(what, extra) {
    var body = { session_id: state.sessionId || "", token: state.token || "" };
    Object.keys(extra || {}).forEach(function (k) { body[k] = extra[k]; });
    return fetch(opts.privacy + what, { method: "POST", headers: { "Content-Type": "application/json" },
                                        body: JSON.stringify(body) })
      .then(function (resp) { if (!resp.ok) throw new Error(String(resp.status)); return resp; });
  }
  function showReference() {
    if (!state.sessionId || !state.token) { say(refValue, said("refNone")); return; }
    privacyPost("reference").then(function (r) { return r.json(); })
      .then(function (d) { say(refValue, null); refValue.textContent = d && d.reference ? String(d.reference) : "\u2014"; })
      .catch(function () { say(refValue, said("refUnavailable")); });
  }
  function toggleMenu(show) {
    menu.hidden = !show;
    menuBtn.setAttribute("aria-expanded", show ? "true" : "false");
    confirmBox.hidden = true;
    say(menuStatus, null);
    if (show) { showReference(); downloadBtn.focus(); }
  }
  menuBtn.addEventListener("click", function () { toggleMenu(menu.hidden); });
  // The patient's choice: the labels change now, and every message from now on asks the
  // server to answer in this language. Focus stays on the toggle (now the other language).
  langBtn.addEventListener("click", function () {
    state.lang = uiLang() === "fr" ? "en" : "fr";
    saveState();
    relabel();
    renderAll();
  });
  downloadBtn.addEventListener("click", function () {
    if (!state.sessionId) { say(menuStatus, said("nothingToDownload")); return; }
    say(menuStatus, said("preparing"));
    privacyPost("transcript", { format: "text" }).then(function (r) { return r.blob(); }).then(function (blob) {
      var a = el("a");
      a.href = URL.createObjectURL(blob);
      a.download = "conversation-" + (refValue.textContent || "transcript").replace(/[^A-Za-z0-9]/g, "") + ".txt";
      root.appendChild(a);
      a.click();
      setTimeout(function () { URL.revokeObjectURL(a.href); a.remove(); }, 1000);
      say(menuStatus, said("downloaded"));
    }).catch(function () { say(menuStatus, said("downloadFailed")); });
  });
  deleteBtn.addEventListener("click", function () {
    if (!state.sessionId) { say(menuStatus, said("nothingToDelete")); return; }
    confirmBox.hidden = false;
    confirmNo.focus();
  });
  confirmNo.addEventListener("click", function () { confirmBox.hidden = true; deleteBtn.focus(); });
  confirmYes.addEventListener("click", function () {
    confirmYes.disabled = true;
    privacyPost("erase").then(function (r) { return r.json(); }).then(function (d) {
      var ref = d && d.reference ? String(d.reference) : "";
      // A new conversation from here: the old session is gone from the clinic and this browser.
      state.items = [];
      state.sessionId = null;
      state.token = null;
      state.replyLang = null;
      saveState();
      relabel();
      renderAll();
      confirmBox.hidden = true;
      say(refValue, null);
      refValue.textContent = "\u2014";
      say(menuStatus, said("deleted", ref));
      if (ready) emit("session_request", { session_id: null, token: null });
    }).catch(function () {
      say(menuStatus, said("deleteFailed"));
    }).then(function () { confirmYes.disabled = false; });
  });

  /* ---------- opening, closing, keyboard ---------- */
  var phone = window.matchMedia ? window.matchMedia("(max-width:480px)") : { matches: false };
  var lastPointer = "";
  panel.addEventListener("pointerdown", function (ev) { lastPointer = ev.pointerType || ""; }, true);
  panel.addEventListener("keydown", function () { lastPointer = ""; }, true);

  // After a control that is replaced (a suggested question, a feedback button): the input
  // for keyboard and mouse; the conversation for a finger, so no keyboard pops up.
  function keepFocus() {
    if (panel.hidden) return;
    var target = lastPointer === "touch" ? log : input;
    try { target.focus({ preventScroll: true }); } catch (e) { target.focus(); }
  }

  function focusables() {
    var nodes = panel.querySelectorAll("button, a[href], input, [tabindex]:not([tabindex='-1'])");
    return Array.prototype.filter.call(nodes, function (n) {
      return !n.disabled && n.getClientRects().length > 0;
    });
  }
  // Full-screen on a phone, the chat is a modal dialog: Tab cycles inside it.
  function trapTab(ev) {
    if (!phone.matches) return;
    var list = focusables();
    if (!list.length) return;
    var first = list[0], last = list[list.length - 1];
    var inside = panel.contains(document.activeElement);
    if (ev.shiftKey && (document.activeElement === first || !inside)) { ev.preventDefault(); last.focus(); }
    else if (!ev.shiftKey && (document.activeElement === last || !inside)) { ev.preventDefault(); first.focus(); }
  }
  function syncModal() {
    if (phone.matches) panel.setAttribute("aria-modal", "true");
    else panel.removeAttribute("aria-modal");
  }
  if (phone.addEventListener) phone.addEventListener("change", syncModal);

  function open(focus) {
    syncModal();
    panel.hidden = false;
    root.classList.add("ng-open");
    launcher.setAttribute("aria-expanded", "true");
    state.open = true;
    saveState();
    scrollDown();
    if (focus !== false) input.focus();
  }
  function close() {
    panel.hidden = true;
    root.classList.remove("ng-open");
    launcher.setAttribute("aria-expanded", "false");
    state.open = false;
    saveState();
    launcher.focus();
  }
  launcher.addEventListener("click", function () { if (panel.hidden) open(); else close(); });
  closeBtn.addEventListener("click", close);
  // On the document, so Escape closes the chat even when focus was lost to the page.
  document.addEventListener("keydown", function (ev) {
    if (panel.hidden) return;
    var here = panel.contains(document.activeElement) || document.activeElement === document.body ||
      !document.activeElement;
    if ((ev.key === "Escape" || ev.key === "Esc") && here) { ev.preventDefault(); close(); }
    else if (ev.key === "Tab") trapTab(ev);
  });
  form.addEventListener("submit", function (ev) {
    ev.preventDefault();
    var text = input.value;
    if (!text.trim()) return;
    input.value = "";
    sendMessage(text, text);
  });

  function mount() {
    document.body.appendChild(root);
    renderAll();
    if (state.open) open(false);
    connect();
  }
  if (document.body) mount();
  else document.addEventListener("DOMContentLoaded", mount);

  window.NeedleGuideWidget = { open: open, close: close, version: "1.0.0" };
})();
