"""Channels of our own, referenced by module path in credentials.yml.

Messaging apps: Telegram and Twilio (SMS and WhatsApp). `config` builds the Rasa
credentials from the environment (a channel whose variables are unset is off), `render`
turns one bot turn (texts, buttons, the reply contract) into what each app can show,
`options` remembers the numbered follow-ups offered on SMS/WhatsApp, and `telegram` /
`twilio` are small subclasses of Rasa's own connectors. `socketio` is the website
widget's channel.
"""
