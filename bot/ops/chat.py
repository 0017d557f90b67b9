"""Chat with the assistant in the terminal, rendering replies as a patient would see them
on a text-only app (the same rendering as SMS: bot/channels/render.py)."""

import uuid

from bot.channels.render import chosen_number, numbered_options, render_turn
from bot.ops.client import Turn, send


def render(turn: Turn) -> str:
    shown = render_turn(turn.messages)
    lines = shown.texts + shown.extras
    if shown.buttons:
        lines.append(numbered_options(shown.buttons))
    return "\n".join("bot> " + line for block in lines for line in block.splitlines())


def chat(rest_url: str) -> None:
    sender = f"shell-{uuid.uuid4().hex[:8]}"
    print("Type a question (Ctrl-D to quit). Reply with a number to pick a suggested question.")
    buttons = []
    while True:
        try:
            text = input("you> ")
        except (EOFError, KeyboardInterrupt):
            print()
            return
        number = chosen_number(text)
        if number and number <= len(buttons):
            text = buttons[number - 1]["payload"]
        turn = send(rest_url, sender, text)
        buttons = render_turn(turn.messages).buttons
        print(render(turn))
